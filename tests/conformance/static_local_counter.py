import asyncio

calls = 0
last = "none"

async def tick():
    global calls, last
    calls += 1
    print(f"tick {calls} (last {last})")
    await asyncio.sleep(0)
    last = "odd" if calls % 2 else "even"
    return calls

async def main():
    s = 0
    for i in range(4):
        s += await tick()
    print(f"sum={s}")

asyncio.run(main())
