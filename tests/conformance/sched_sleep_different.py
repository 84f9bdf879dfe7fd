import asyncio

async def sleeper(id, ms):
    print(f"{id} sleeps {ms}")
    await asyncio.sleep(ms / 1000)
    print(f"{id} wakes")
    return ms

async def main():
    ms = [50, 10, 40, 20, 30]
    t = [asyncio.create_task(sleeper(i, ms[i])) for i in range(5)]
    total = 0
    for i in range(5):
        total += await t[i]
    print(f"total {total}")

asyncio.run(main())
