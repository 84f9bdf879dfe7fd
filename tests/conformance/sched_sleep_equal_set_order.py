import asyncio

async def sleeper(id, yields):
    for i in range(yields):
        await asyncio.sleep(0)
    print(f"{id} sets its timer")
    await asyncio.sleep(0.03)
    print(f"{id} wakes")

async def main():
    a = asyncio.create_task(sleeper(0, 2))
    b = asyncio.create_task(sleeper(1, 1))
    c = asyncio.create_task(sleeper(2, 0))
    await a
    await b
    await c

asyncio.run(main())
