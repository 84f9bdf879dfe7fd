import asyncio

async def left(x):
    print(f"left {x}")
    await asyncio.sleep(0)
    return x

async def right(x):
    print(f"right {x}")
    await asyncio.sleep(0)
    return -x

async def main():
    for i in range(4):
        r = await left(i) if i % 2 else await right(i)
        print(f"r={r}")
    s = await left(1) if await left(0) else await right(2)
    print(f"s={s}")
    t = (await left(4) if await left(3) > 2 else 0) + 6
    print(f"t={t}")

asyncio.run(main())
