import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    p = (await val(3), await val(4))
    print(f"p=({p[0]},{p[1]})")
    y = await val(5)
    print(f"n={abs(1) + abs(y)}")
    p = (p[1], await val(9))
    print(f"p=({p[0]},{p[1]})")

asyncio.run(main())
