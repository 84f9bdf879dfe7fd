import asyncio

calls = 0

async def check(k):
    global calls
    calls += 1
    print(f"  check({k})")
    await asyncio.sleep(0)
    return int(k > 0)

async def run(c):
    global calls
    print(f"c={c}")
    calls = 0
    r = int(bool(c and await check(1)))
    print(f"both {r} calls {calls}")

    calls = 0
    r = int(bool(c or await check(2)))
    print(f"either {r} calls {calls}")

    calls = 0
    r = int(bool(c and await check(3)))
    print(f"guarded {r} calls {calls}")

    calls = 0
    r = int(bool(c or await check(-4)))
    print(f"fallback {r} calls {calls}")

    calls = 0
    if await check(c) and await check(5):
        print("if both taken")
    else:
        print("if both not taken")
    print(f"calls {calls}")

    calls = 0
    r = int(bool(await check(6) and await check(c) and await check(7)))
    print(f"all3 {r} calls {calls}")

    calls = 0
    r = int(bool((c and await check(8)) or ((not c) and await check(9))))
    print(f"nested {r} calls {calls}")

async def main():
    await run(1)
    await run(0)

asyncio.run(main())
