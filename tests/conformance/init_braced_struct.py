import asyncio

async def get(x):
    await asyncio.sleep(0)
    return x

async def main():
    p = (await get(1), await get(2))
    qy = await get(3); qx = await get(4)
    r = (await get(5), 0)
    print(f"p=({p[0]},{p[1]}) q=({qx},{qy}) r=({r[0]},{r[1]})")

asyncio.run(main())
