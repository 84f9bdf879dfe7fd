import asyncio

async def get(k):
    await asyncio.sleep(0)
    return k

async def worker(tag, base):
    x = await get(base)
    y = base + 1
    await asyncio.sleep(0.001)
    a = await get(x + y)
    b = a * 2
    await asyncio.sleep(0)
    pt = [await get(a), b]
    z = await get(7)
    await asyncio.sleep(0.002)
    x += 100
    pt[1] += z
    print(f"{tag} x={x} y={y} a={a} b={b} pt=({pt[0]},{pt[1]}) z={z}")
    return x + y + a + b + pt[0] + pt[1] + z

async def main():
    t1 = asyncio.create_task(worker("one", 1))
    t2 = asyncio.create_task(worker("two", 20))
    r1 = 0
    r2 = 0
    r1 = await t1
    r2 = await t2
    print(f"r1={r1} r2={r2}")

asyncio.run(main())
