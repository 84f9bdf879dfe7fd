import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

def plain(x):
    print(f"plain {x}")
    return x

def sum3(a, b, c):
    print(f"sum3({a},{b},{c})")
    return a + b + c

async def main():
    r = sum3(plain(1), await val(2), plain(3))
    print(f"r={r}")
    r = sum3(await val(4), plain(5), await val(6))
    print(f"r={r}")
    r = sum3(await val(7), await val(8), await val(9))
    print(f"r={r}")

asyncio.run(main())
