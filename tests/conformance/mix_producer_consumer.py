import asyncio

CAP = 3
ring = [0] * CAP
head = 0
count = 0
done = False

async def producer(n):
    global count, done
    for i in range(1, n + 1):
        while count == CAP:
            print("producer waits (full)")
            await asyncio.sleep(0)
        ring[(head + count) % CAP] = i * i
        count += 1
        print(f"put {i * i}")
    done = True

async def consumer():
    global head, count
    s = 0
    while True:
        while count == 0:
            if done:
                return s
            await asyncio.sleep(0)
        v = ring[head]
        head = (head + 1) % CAP
        count -= 1
        print(f"got {v}")
        s += v
        if v % 2:
            await asyncio.sleep(0)

async def main():
    p = asyncio.create_task(producer(7))
    c = asyncio.create_task(consumer())
    await p
    s = await c
    print(f"sum={s}")

asyncio.run(main())
