import asyncio

async def mk(x):
    print(f"mk {x}")
    await asyncio.sleep(0)
    return (x, x * x)

async def flag(f):
    await asyncio.sleep(0)
    return f

async def main():
    p = await mk(3) if await flag(1) else await mk(4)
    print(f"p=({p[0]},{p[1]})")
    v = {"a": 0, "b": 0}
    v["a" if await flag(0) else "b"] = 5
    v["a" if await flag(1) else "b"] += 7
    print(f"a={v['a']} b={v['b']}")

asyncio.run(main())
