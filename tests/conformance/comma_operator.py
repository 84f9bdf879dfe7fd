import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

def plain(x):
    print(f"plain {x}")
    return x

async def main():
    await val(1); plain(2); a = await val(3)
    print(f"a={a}")
    plain(4); b1 = await val(5); await val(6)
    b = b1 + 1
    print(f"b={b}")
    i = 0; j = await val(10)
    while i < 2:
        print(f"i={i} j={j}")
        i += 1; j += await val(i)
    print(f"end i={i} j={j}")

asyncio.run(main())
