import asyncio

calls = 0

async def get(x):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return x

async def body(c):
    await asyncio.sleep(0.001)
    m = await get(2) if 1 <= await get(2) else 1  # MAX(1, await get(2))
    print(f"max {m} calls {calls}")
    z = int(bool(c and await get(3)))
    print(f"or {z} calls {calls}")
    if not (await get(c) > 0):
        print("check failed: await get(c) > 0")
        return -1
    for k in range(3):
        v = await get(k * 10)
        print(f"[log] k={k} v={v}")
    print("[log] no args")
    print(f"sum {await get(4) + await get(5)}")
    return 7

async def main():
    print(f"body(1) = {await body(1)}")
    print(f"body(0) = {await body(0)}")

asyncio.run(main())
