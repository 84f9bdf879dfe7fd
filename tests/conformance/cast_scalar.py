import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def dv(x):
    await asyncio.sleep(0)
    return x

async def main():
    l = await val(7) * 1000000000
    print(f"l={l}")
    c = (await val(300)) & 0xff
    print(f"c={c}")
    t = int(await dv(3.99))
    print(f"t={t}")
    d = (await val(1)) / 4
    print(f"d={d:.2f}")
    await val(42)
    print("done")

asyncio.run(main())
