import asyncio

async def step(n):
    print(f"step {n} begins")
    if n == 0:
        return
    await asyncio.sleep(0)
    if n == 1:
        print("step 1 returns after one await")
        return
    await asyncio.sleep(0)
    print(f"step {n} ends")

async def main():
    for i in range(3):
        await step(i)
    print("all done")

asyncio.run(main())
