import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    n = 0
    while True:
        if await val(n) >= 3:
            break
        print(f"n={n}")
        n += 1
    k = 5
    while await val(k):
        k -= 2 - (1 if k == 1 else 0)
    print(f"k={k}")

asyncio.run(main())
