import asyncio

async def id_(x):
    await asyncio.sleep(0)
    return x

async def worker(base):
    k = base
    s = 0
    for j in range(3):
        s += await id_(k)
    return s

async def main():
    a = asyncio.create_task(worker(1))
    b = asyncio.create_task(worker(100))
    ra = await a
    rb = await b
    print(f"{ra} {rb}")

asyncio.run(main())
