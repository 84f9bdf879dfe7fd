import asyncio

counter = 0

async def next_id():
    global counter
    await asyncio.sleep(0)
    counter += 1
    return counter

async def worker(name, naps):
    print(f"{name} start")
    await asyncio.sleep(0)
    a = await next_id()
    print(f"{name} got {a}")
    b = await next_id() * 10 + await next_id()
    print(f"{name} got {b}")
    for i in range(naps):
        await asyncio.sleep(0.020)
    print(f"{name} woke")
    if await next_id() % 2:
        print(f"{name} odd")
    else:
        print(f"{name} even")
    return a + b

async def main():
    t1 = asyncio.create_task(worker("w1", 1))
    t2 = asyncio.create_task(worker("w2", 4))
    await asyncio.sleep(0)
    print("main after tick")
    r1 = await t1
    r2 = await t2
    print(f"results {r1} {r2} counter {counter}")

asyncio.run(main())
