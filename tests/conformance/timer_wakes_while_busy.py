import asyncio
import time

woke = 0


async def sleeper():
    global woke
    await asyncio.sleep(0.001)
    woke = 1
    print("sleeper woke")


async def spinner():
    time.sleep(0.005)
    for i in range(1, 5):
        await asyncio.sleep(0)
        print(f"spinner: after {i} yields, woke={woke}")


async def main():
    t1 = asyncio.ensure_future(sleeper())
    t2 = asyncio.ensure_future(spinner())
    await t1
    await t2


asyncio.run(main())
