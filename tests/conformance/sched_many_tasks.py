import asyncio

N = 200
running = 0
max_running = 0

async def worker(id):
    global running, max_running
    running += 1
    max_running = max(max_running, running)
    for i in range(id % 4):
        await asyncio.sleep(0)
    running -= 1
    return id

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(N)]
    s = 0
    for t in tasks:
        s += await t
    print(f"sum={s} max_running={max_running} running={running}")

asyncio.run(main())
