import asyncio

async def worker(name, rounds):
    for i in range(rounds):
        print(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(worker("a", 1))
    b = asyncio.create_task(worker("b", 4))
    c = asyncio.create_task(worker("c", 2))
    await a
    await b
    await c
    print("done")

asyncio.run(main())
