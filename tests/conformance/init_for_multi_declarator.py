import asyncio

async def val(what, x):
    print(f"{what} {x}")
    await asyncio.sleep(0)
    return x

async def main():
    i = await val("i", 0); n = await val("n", 3); step = await val("step", n - 2)
    while i < n:
        print(f"pass {i}")
        i += step
    total = 0
    a = await val("a", 1); b = a + await val("b", 1)
    while a < 20:
        total += a
        a, b = a + b, a
    print(f"total {total}")

asyncio.run(main())
