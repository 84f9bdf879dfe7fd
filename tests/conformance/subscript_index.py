import asyncio

async def idx(x):
    print(f"idx {x}")
    await asyncio.sleep(0)
    return x

async def main():
    arr = [10, 20, 30, 40, 50]
    print(f"arr[2]={arr[await idx(2)]}")
    arr[await idx(4)] = 99
    i0 = await idx(0)
    arr[i0] += arr[await idx(1)]
    print("".join(f"{v} " for v in arr))
    print(f"sum={arr[await idx(3)] + arr[await idx(4)]}")

asyncio.run(main())
