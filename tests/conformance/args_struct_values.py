import asyncio

async def mk(x, y):
    print(f"mk {x} {y}")
    await asyncio.sleep(0)
    return (x, y)

def add(a, b):
    return (a[0] + b[0], a[1] + b[1])

async def main():
    s = add(await mk(1, 2), await mk(30, 40))
    print(f"s=({s[0]},{s[1]})")
    s = add(s, add(await mk(100, 200), s))
    print(f"s=({s[0]},{s[1]})")

asyncio.run(main())
