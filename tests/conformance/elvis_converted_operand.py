import asyncio


async def v(x):
    print(f"v({x})")
    await asyncio.sleep(0)
    return x


async def w(x):
    print(f"w({x})")
    await asyncio.sleep(0)
    return x


async def main():
    c = 1
    r = c or await w(2)
    print(f"r={r}")
    r = await v(3) or await w(4)
    print(f"r={r}")
    r = await v(0) or await w(5)
    print(f"r={r}")


asyncio.run(main())
