import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    x = 7
    x *= await val(6)
    print(f"x={x}")
    x //= await val(4)
    print(f"x={x}")
    x %= await val(4)
    print(f"x={x}")
    big = 3
    for i in range(4):
        big *= await val(1000)
    print(f"big={big}")

asyncio.run(main())
