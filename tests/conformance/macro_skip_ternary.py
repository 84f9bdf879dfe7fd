import asyncio

calls = 0

async def fetch(k):
    global calls
    calls += 1
    print(f"  fetch({k})")
    await asyncio.sleep(0.001)
    return k

async def run(c):
    global calls
    print(f"c={c}")
    calls = 0
    r = (await fetch(10)) if c else (await fetch(20))
    print(f"pick {r} calls {calls}")

    calls = 0
    r = 1 if await fetch(c) else await fetch(30)
    print(f"pick on awaited cond {r} calls {calls}")

    calls = 0
    r = (await fetch(c * 5)) if await fetch(c * 5) else await fetch(40)
    print(f"or_default {r} calls {calls}")

    calls = 0
    r = (await fetch(50)) if c else -1
    print(f"maybe_fetch {r} calls {calls}")

    calls = 0
    k = 99 if c else -3
    if await fetch(k) < 0:
        r = 0
    elif await fetch(k) > await fetch(60):
        r = await fetch(60)
    else:
        r = await fetch(k)
    print(f"clamp {r} calls {calls}")

async def main():
    await run(1)
    await run(0)

asyncio.run(main())
