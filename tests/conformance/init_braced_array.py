import asyncio

async def get(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    arr = [await get(1), await get(2), 0, 0, await get(5), 0]
    for i in range(6):
        print(f"arr[{i}]={arr[i]}")
    m = [[float(await get(3)), 0.5], [1.5, float(await get(4))]]
    print(f"m={m[0][0]:.1f} {m[0][1]:.1f} {m[1][0]:.1f} {m[1][1]:.1f}")

asyncio.run(main())
