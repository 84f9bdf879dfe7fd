import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    a, b = 1, 2
    for rnd in range(3):
        na, nb = await asyncio.gather(square(a), square(b))
        a = na % 1000
        b = nb % 1000
        print(f"round {rnd}: {a} {b}")

asyncio.run(main())
