import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    for i in range(3):
        fresh = 10
        arr = [0, 0, 0]
        s = 0
        fresh += await val(i)
        arr[i] = await val(i + 1)
        s += await val(5)
        print(f"pass {i} fresh={fresh} arr={arr[0]}{arr[1]}{arr[2]} s={s}")
    k = 0
    while k < 2:
        acc = await val(100)
        acc += k
        print(f"acc={acc}")
        k += 1

asyncio.run(main())
