import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    x = 100
    x += await val(5)
    print(f"x={x}")
    x -= await val(30)
    print(f"x={x}")
    for i in range(1, 4):
        x += await val(i)
        x -= await val(1)
    print(f"x={x}")

asyncio.run(main())
