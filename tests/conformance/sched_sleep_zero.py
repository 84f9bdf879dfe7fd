import asyncio

async def worker(name, rounds, use_sleep):
    for i in range(rounds):
        print(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(worker("s", 3, 1))
    b = asyncio.create_task(worker("y", 3, 0))
    c = asyncio.create_task(worker("z", 3, 1))
    await a
    await b
    await c

asyncio.run(main())
