import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    a = await val(await val(2) + await val(3)) * await val(await val(4) - 1)
    print(f"a={a}")
    b = (await val(10) - await val(await val(1) + 2)) << await val(1)
    print(f"b={b}")

asyncio.run(main())
