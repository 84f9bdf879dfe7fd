import asyncio

queue = []
pops = 0
steps = 0

async def producer(n):
    for i in range(1, n + 1):
        queue.append(i * 10)
        print(f"  produced {i * 10}")
        await asyncio.sleep(0.020)
    queue.append(0)

async def pop():
    global pops
    pops += 1
    while not queue:
        await asyncio.sleep(0)
    return queue.pop(0)

async def pending():
    await asyncio.sleep(0)
    return len(queue)

async def step():
    global steps
    steps += 1
    await asyncio.sleep(0)
    return 2

async def main():
    p = asyncio.create_task(producer(3))
    s = 0
    while (v := await pop()) > 0:
        print(f"consumed {v}")
        s += v
    print(f"sum {s} pops {pops}")
    await p

    queue.clear()
    queue.extend([7, 8, 9])
    while True:
        print(f"do pops {await pop()}")
        if not (await pending() > 0):
            break

    turns = 0
    i = 0
    while i < 7:
        turns += 1
        print(f"for i={i} turn {turns}")
        i += await step()
    print(f"steps {steps}")

    queue.clear()
    queue.extend([3, 0])
    while await pop() > 0 and await pending() > 0:
        print("while body")
    print(f"pops {pops}")

asyncio.run(main())
