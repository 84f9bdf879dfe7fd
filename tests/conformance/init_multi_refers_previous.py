import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    a = await val(1); b = await val(a + 1); c = await val(a + b); d = a + b + c
    print(f"{a} {b} {c} {d}")
    for k in range(2):
        x = await val(k * 10); y = x + await val(k); z = y * 2
        print(f"k={k} x={x} y={y} z={z}")

asyncio.run(main())
