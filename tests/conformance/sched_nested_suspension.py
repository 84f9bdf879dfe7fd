import asyncio

async def leaf(name, i):
    print(f"{name} leaf {i}")
    await asyncio.sleep(0)

async def middle(name, i):
    await leaf(name, i)
    await leaf(name, i + 10)

async def top(name, n):
    for i in range(n):
        await middle(name, i)
    return n

async def main():
    a = asyncio.create_task(top("a", 2))
    b = asyncio.create_task(top("b", 1))
    ra = await a
    rb = await b
    print(f"ra={ra} rb={rb}")

asyncio.run(main())
