import asyncio

calls = 0

async def get(x):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return x

async def sum3(a, b, c):
    global calls
    calls += 1
    await asyncio.sleep(0.001)
    return a + b + c

async def ticker():
    for i in range(4):
        print(f"  tick {i}")
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    print("[log] no args")
    print(f"[log] one {await get(1)}")
    print(f"[log] two {await get(2)} {await get(3)}")
    await asyncio.sleep(0)
    print("[trace] trace without args")
    await asyncio.sleep(0)
    print(f"[trace] trace {await get(4)}")
    await asyncio.sleep(0)
    print(f"[trace] trace {await get(5)} text")
    s = await sum3(1, await get(2), 3)
    print(f"callv {s}")
    print(f"sum {await sum3(await get(10), 20, await get(30))}")
    print(f"first {await get(7)}")
    print(f"calls {calls}")
    await t

asyncio.run(main())
