import asyncio

calls = 0

async def ready(k):
    global calls
    calls += 1
    await asyncio.sleep(0.001)
    return k % 2

async def val(x):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return x

async def run(k):
    hits = 0
    print(f"k={k}")
    if await val(k) > 1:
        print("  when taken")
    else:
        print("  when not taken")

    if not await ready(k):
        hits += await val(10)
        print(f"  unless body hits={hits}")

    if await ready(k):
        if await ready(k // 2):
            print("  inner ready")
        else:
            print(f"  dangling else (ready {await val(k)})")

    if await ready(k + 1):
        print("  log: odd successor")

    if await val(k) == 2:
        hits += await val(100)
    else:
        hits -= await val(1)
    return hits

async def main():
    global calls
    for k in range(1, 4):
        calls = 0
        h = await run(k)
        print(f"hits {h} calls {calls}")

asyncio.run(main())
