import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def add3(a, b, c):
    print(f"add3 starts {a} {b} {c}")
    await asyncio.sleep(0)
    return a + b + c

async def main():
    r = await add3(await val(1), 20, await val(3))
    print(f"r={r}")
    r = await add3(r, await add3(await val(1), await val(1), 1), await val(100))
    print(f"r={r}")

asyncio.run(main())
