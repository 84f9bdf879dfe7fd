import asyncio

async def tick(what, x):
    print(f"{what} {x}")
    await asyncio.sleep(0)
    return x

async def main():
    n = 0
    i = 0
    while i < 3:
        n += 1
        i += 1
        await tick("comma", i)
    print(f"n {n}")
    i = 0
    while i < 2:
        n += 1
        i += 1
        await tick("bare", i - 1)
    print(f"n {n}")
    k = 0
    while k < 4:
        n += 1
        k += await tick("sum", 2)
    print(f"n {n} k {k}")

asyncio.run(main())
