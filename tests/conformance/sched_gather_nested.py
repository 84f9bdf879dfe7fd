import asyncio

async def leaf(name):
    print(name)
    await asyncio.sleep(0)
    return 1

async def group(name):
    print(f"{name} starts")
    a, b = await asyncio.gather(leaf(f"{name}.1"), leaf(f"{name}.2"))
    return a + b

async def main():
    x, y = await asyncio.gather(group("g"), group("h"))
    print(f"x={x} y={y}")

asyncio.run(main())
