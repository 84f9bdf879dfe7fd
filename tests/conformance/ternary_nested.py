import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def classify(n):
    return "neg" if await val(n) < 0 else "zero" if await val(n) == 0 else "small" if await val(n) < 10 else "big"

async def main():
    print(await classify(-4))
    print(await classify(0))
    print(await classify(7))
    print(await classify(70))

asyncio.run(main())
