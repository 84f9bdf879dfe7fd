import asyncio

lookups = 0

async def lookup(key):
    global lookups
    lookups += 1
    await asyncio.sleep(0)
    return key * 100

async def factor(k):
    await asyncio.sleep(0.020 * k)
    return k + 1

async def client(name, base, k):
    i = base
    a = await lookup(i) + 1
    i += 1
    print(f"{name} a={a} i={i}")
    b = (a + i) * await factor(k)
    print(f"{name} b={b}")
    await asyncio.sleep(0.020)
    c = b + (await lookup(i) + i)
    print(f"{name} c={c}")
    return await lookup(1 * await factor(k)) + 0

async def main():
    t1 = asyncio.create_task(client("slow", 1, 5))
    t2 = asyncio.create_task(client("fast", 5, 1))
    r1 = await t1
    r2 = await t2
    print(f"r1={r1} r2={r2} lookups={lookups}")

asyncio.run(main())
