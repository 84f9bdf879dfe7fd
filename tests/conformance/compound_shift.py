import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    u = 1
    u <<= await val(4)
    print(f"u={u}")
    u <<= await val(8)
    print(f"u={u}")
    u >>= await val(3)
    print(f"u={u}")
    s = 1000000
    s >>= await val(10)
    print(f"s={s}")

asyncio.run(main())
