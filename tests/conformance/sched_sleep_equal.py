import asyncio

async def sleeper(id):
    await asyncio.sleep(0.02)
    print(f"{id} wakes")

async def main():
    t = [asyncio.create_task(sleeper(i)) for i in range(6)]
    for x in t:
        await x
    print("done")

asyncio.run(main())
