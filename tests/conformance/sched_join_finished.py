import asyncio

async def quick(x):
    print(f"quick {x}")
    return x * 3

async def main():
    a = asyncio.create_task(quick(5))
    b = asyncio.create_task(quick(6))
    for i in range(3):
        print(f"main turn {i}")
        await asyncio.sleep(0)
    r = await a
    print(f"r={r}")
    await b
    print("b joined")

asyncio.run(main())
