import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def show(name, x, out, key):
    print(f"{name} starts with {x}")
    await asyncio.sleep(0)
    out[key] = x * 10

async def main():
    out = {}
    base = 1
    await asyncio.gather(show("a", base, out, "a"),
                         show("b", await val(2), out, "b"))
    print(f"gathered {out['a']} {out['b']}")

asyncio.run(main())
