import asyncio

async def job(n):
    s = 0
    for i in range(1, n + 1):
        await asyncio.sleep(0.001)
        s += i
    return s

async def spawner(n):
    r = await asyncio.create_task(job(n))
    return r * 2

a = asyncio.run(job(4))
print(f"first {a}")
b = asyncio.run(spawner(3))
print(f"second {b}")
