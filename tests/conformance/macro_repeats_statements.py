import asyncio


async def v(x):
    print(f"v{x}")
    await asyncio.sleep(0)
    return x


async def main():
    r = 0
    r += await v(1)
    r += await v(1)
    print(f"r = {r}")
    r *= await v(3)
    r += await v(2)
    print(f"r = {r}")


asyncio.run(main())
