import asyncio

N = 4
arrived = 0
phase2_started = 0

async def barrier():
    global arrived
    arrived += 1
    while arrived < N:
        await asyncio.sleep(0)

async def worker(id):
    global phase2_started
    for i in range(id):
        await asyncio.sleep(0)
    print(f"worker {id} phase 1 (phase2 started: {phase2_started})")
    await barrier()
    phase2_started += 1
    print(f"worker {id} phase 2")

async def main():
    t = [asyncio.create_task(worker(N - 1 - i)) for i in range(N)]
    for x in t:
        await x
    print(f"all {phase2_started} done")

asyncio.run(main())
