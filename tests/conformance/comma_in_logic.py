import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    r = 0
    print(f"r={r}")
    await val(3); r = int(bool(await val(0)))
    print(f"r={r}")
    r = 1
    print(f"r={r}")
    await val(6)
    await val(7); r = int(bool(await val(8)))
    print(f"r={r}")

asyncio.run(main())
