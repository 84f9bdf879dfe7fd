import asyncio

async def step(name, n):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0)
    return n * 10

async def main():
    a, b, c, d = await asyncio.gather(step("a", 3), step("b", 1), step("c", 0), step("d", 2))
    print(f"gathered {a} {b} {c} {d}")

asyncio.run(main())
