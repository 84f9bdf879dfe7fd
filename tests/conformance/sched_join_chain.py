import asyncio

async def leaf():
    await asyncio.sleep(0.01)
    print("leaf done")
    return 1

async def middle():
    r = await asyncio.create_task(leaf())
    print(f"middle got {r}")
    return r + 10

async def top():
    r = await asyncio.create_task(middle())
    print(f"top got {r}")
    return r + 100

async def main():
    r = await asyncio.create_task(top())
    print(f"main got {r}")

asyncio.run(main())
