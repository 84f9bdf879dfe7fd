import asyncio

calls = 0
value = 0

async def next_(step):
    global calls, value
    calls += 1
    await asyncio.sleep(0.001)
    value += step
    return value

async def get(x):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return x

async def main():
    global calls
    calls = 0
    s = await get(7) * await get(7)
    print(f"sqr {s} calls {calls}")

    calls = 0
    q = await next_(1) * await next_(1)
    print(f"sqr of next {q} calls {calls}")

    calls = 0
    a, b = await get(2), await get(5)
    m = a if a > b else await get(5)
    print(f"max {m} calls {calls}")

    calls = 0
    a, b = await get(9), await get(5)
    m = await get(9) if a > b else b
    print(f"max {m} calls {calls}")

    calls = 0
    m = await next_(10) if await next_(10) < 100 else 100
    print(f"min {m} calls {calls}")

    calls = 0
    await next_(1)
    b = await next_(1)
    print(f"both {b} calls {calls}")

    calls = 0
    a1 = -(await get(-4)) if await get(-4) < 0 else await get(-4)
    a2 = -(await get(4)) if await get(4) < 0 else await get(4)
    print(f"abs {a1} {a2} calls {calls}")

    calls = 0
    for i in range(3):
        print(f"loop sqr {await get(i) * await get(i)}")
    print(f"loop calls {calls}")

asyncio.run(main())
