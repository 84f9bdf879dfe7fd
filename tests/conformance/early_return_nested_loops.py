import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def find(target):
    for i in range(4):
        j = 0
        while j < 4:
            v = await val(i * 4 + j)
            if v - target == 0:
                print(f"found {target} at {i},{j}")
                return i * 10 + j
            j += 1
        print(f"row {i} done")
    return -1

async def main():
    print(await find(6))
    print(await find(1))
    print(await find(99))

asyncio.run(main())
