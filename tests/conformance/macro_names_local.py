import asyncio

async def get(x):
    await asyncio.sleep(0)
    return x

async def counter(tag, limit, period):
    count = 0
    slept = 0
    count += await get(1)
    print(f"{tag} count={count} slept={slept}")
    while count < limit:
        count += await get(1)
        slept += period
        await asyncio.sleep(period / 1000)
        print(f"{tag} count={count} slept={slept}")
    inner = 100
    inner += await get(1)
    inner += await get(1)
    print(f"{tag} inner count={inner}")
    print(f"{tag} count={count} slept={slept}")
    c = count
    count += await get(1)
    return c * 1000 + count

async def main():
    a = asyncio.create_task(counter("a", 2, 20))
    b = asyncio.create_task(counter("b", 4, 70))
    ra = await a
    rb = await b
    print(f"ra={ra} rb={rb}")

asyncio.run(main())
