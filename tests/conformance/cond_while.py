import asyncio

stock = 3

async def take():
    global stock
    print(f"take (stock {stock})")
    await asyncio.sleep(0)
    if stock == 0:
        return 0
    stock -= 1
    return 1

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    n = 0
    while await take():
        n += 1
    print(f"took {n}")
    i = 0
    while i < await val(5) and await val(i) != 3:
        i += 1
    print(f"i={i}")
    while await val(0):
        print("never")

asyncio.run(main())
