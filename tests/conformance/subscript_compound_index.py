import asyncio

async def val(what, x):
    print(f"{what} {x}")
    await asyncio.sleep(0)
    return x

async def main():
    hist = [0] * 4
    data = [1, 3, 1, 2, 3, 3]
    for i in range(6):
        k = await val("idx", data[i])
        hist[k] += await val("add", 1)
    print(f"{hist[0]} {hist[1]} {hist[2]} {hist[3]}")

asyncio.run(main())
