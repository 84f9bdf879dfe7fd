import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    a, b, c = 1, 10, 0
    b -= await val(3)
    a += b
    print(f"a={a} b={b}")
    c = await val(5); b = c; a = b
    print(f"a={a} b={b} c={c}")
    c *= await val(4)
    d = c + 1
    print(f"c={c} d={d}")

asyncio.run(main())
