import asyncio

async def worker(id, rounds):
    for i in range(rounds):
        print(f"worker {id} round {i}")
        await asyncio.sleep(0)
    return id * 10

async def sleeper(id, ms):
    await asyncio.sleep(ms / 1000)
    print(f"sleeper {id} woke")
    return ms

async def main():
    a = asyncio.create_task(worker(1, 3))
    b = asyncio.create_task(worker(2, 2))
    print("spawned")
    ra = await a
    rb = await b
    print(f"joined {ra} {rb}")
    s1 = asyncio.create_task(sleeper(1, 30))
    s2 = asyncio.create_task(sleeper(2, 10))
    s3 = asyncio.create_task(sleeper(3, 10))
    r1 = await s1
    r2 = await s2
    r3 = await s3
    print(f"slept {r1} {r2} {r3}")

asyncio.run(main())
