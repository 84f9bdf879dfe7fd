import asyncio
import time

done = False


async def spinner():
    while not done:
        await asyncio.sleep(0)


async def main():
    global done
    t = asyncio.ensure_future(spinner())
    early = 0
    for i in range(20):
        t0 = time.time() * 1e3
        await asyncio.sleep(0.003)
        early += time.time() * 1e3 - t0 < 3.0
    done = True
    await t
    print(f"early wakes: {early} of 20")


asyncio.run(main())
