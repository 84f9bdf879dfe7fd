import asyncio

async def ticker(name, n):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0)
    return n * 100

async def main():
    a = asyncio.create_task(ticker("a", 2))
    b = asyncio.create_task(ticker("b", 3))
    ra = await a
    rb = await b
    print(f"joined {ra} {rb}")
    x, y = await asyncio.gather(ticker("x", 1), ticker("y", 2))
    print(f"gathered {x} {y}")

asyncio.run(main())
