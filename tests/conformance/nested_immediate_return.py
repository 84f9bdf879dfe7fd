import asyncio

async def now(x):
    print(f"now {x}")
    return x

async def later(x):
    print(f"later {x}")
    await asyncio.sleep(0.001)
    return x

async def main():
    a = await now(await later(await now(1) + 1) + 1)
    print(f"a={a}")
    b = await later(await now(await later(5) * 2) * 2)
    print(f"b={b}")

asyncio.run(main())
