import asyncio

async def check(x):
    print(f"check {x}")
    await asyncio.sleep(0)
    return x > 5

async def both(a, b):
    return int(await check(a) and await check(b))

async def either(a, b):
    return int(await check(a) or await check(b))

async def main():
    print(f"both {await both(1, 9)}")
    print(f"both {await both(9, 9)}")
    print(f"either {await either(9, 1)}")
    print(f"either {await either(1, 1)}")

asyncio.run(main())
