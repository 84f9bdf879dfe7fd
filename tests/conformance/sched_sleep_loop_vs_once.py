import asyncio

async def repeater():
    for i in range(1, 4):
        await asyncio.sleep(0.03)
        print(f"repeater tick {i}")

async def once():
    await asyncio.sleep(0.045)
    print("once fires")

async def main():
    r = asyncio.create_task(repeater())
    o = asyncio.create_task(once())
    await r
    await o
    print("done")

asyncio.run(main())
