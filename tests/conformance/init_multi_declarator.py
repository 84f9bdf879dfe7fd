import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    a = await val(1); b = await val(2); c = await val(3)
    print(f"a={a} b={b} c={c}")
    d = await val(4); e = d * 10; f = await val(e)
    print(f"d={d} e={e} f={f}")

asyncio.run(main())
