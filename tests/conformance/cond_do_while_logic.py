import asyncio

async def more(i):
    print(f"more {i}")
    await asyncio.sleep(0)
    return i < 4

async def stop_at(i):
    print(f"stop_at {i}")
    await asyncio.sleep(0)
    return i == 2

async def main():
    i = 0
    while True:
        print(f"body {i}")
        i += 1
        if not (await more(i) and not await stop_at(i)):
            break
    print(f"i={i}")

asyncio.run(main())
