import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    a = await val(1)
    arr = [7, 8, 9]
    b = a + await val(2)
    print(f"a={a} *p={a} arr={arr[0]},{arr[1]},{arr[2]} b={b}")
    a = await val(10)
    print(f"a={a}")

asyncio.run(main())
