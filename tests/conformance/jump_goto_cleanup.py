import asyncio

async def step(n, fail_at):
    await asyncio.sleep(0)
    print(f"step {n}")
    return -1 if n == fail_at else 0

async def work(fail_at):
    rc = 0
    if await step(1, fail_at) < 0:
        rc = 1
    else:
        if await step(2, fail_at) < 0:
            rc = 2
        else:
            await step(3, fail_at)
        print("freed b")
    print("freed a")
    return rc

async def main():
    for f in range(1, 4):
        print(f"work({f})={await work(f)}")

asyncio.run(main())
