import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    arr = [0, 10, 20, 30, 40, 50, 60, 70]
    p = 0
    p += await val(3)
    print(f"*p={arr[p]}")
    p += await val(4)
    print(f"*p={arr[p]}")
    p -= await val(5)
    print(f"*p={arr[p]} idx={p}")

asyncio.run(main())
