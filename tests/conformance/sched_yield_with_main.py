import asyncio

async def worker(name, rounds):
    for i in range(rounds):
        print(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 3))
    for i in range(3):
        print(f"m{i}")
        await asyncio.sleep(0)
    await a
    await b
    print("done")

asyncio.run(main())
