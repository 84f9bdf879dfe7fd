import asyncio

async def inc(x):
    print(f"inc {x}")
    await asyncio.sleep(0)
    return x + 1

async def dbl(x):
    print(f"dbl {x}")
    await asyncio.sleep(0)
    return x * 2

async def main():
    a = await dbl(await inc(3))
    print(f"a={a}")
    b = await inc(await dbl(await inc(await dbl(1))))
    print(f"b={b}")

asyncio.run(main())
