import asyncio

calls = 0

async def get(x):
    global calls
    calls += 1
    print(f"  get({x})")
    await asyncio.sleep(0)
    return x

async def other():
    for i in range(3):
        print(f"  other {i}")
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    print(f"get_sum {await get(1) + await get(2)}")
    print(f"l3 {(await get(4) * 10 + 1) + await get(1) * 10}")
    print(f"double {await get(5) * 2}")
    print(f"add {await get(6) + await get(7) * 10}")
    print(f"get_sum of gets {await get(await get(8)) + await get(await get(1) + await get(1))}")
    a = await get(3)
    b = await get(9)
    print(f"max {a if a > b else await get(9)}")
    print(f"calls {calls}")
    await t

asyncio.run(main())
