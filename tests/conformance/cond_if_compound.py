import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    if await val(1) and await val(0):
        print("A")
    else:
        print("not A")
    if await val(0) or await val(2) > 1:
        if await val(3) == 3:
            print("B")
        else:
            print("not B")
    x = await val(9)
    if x > 8:
        print(f"x={x}")

asyncio.run(main())
