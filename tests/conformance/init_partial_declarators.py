import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    b = await val(2); d = await val(4)
    a = b - 1
    c = await val(3)
    print(f"{a} {b} {c} {d}")
    u = 5; v = await val(6); w = u + v
    print(f"{u} {v} {w}")

asyncio.run(main())
