import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def count_down(n):
    steps = 0
    while True:
        n = await val(n) - 1
        steps += 1
        print(f"n={n}")
        if not n > 0:
            break
    return steps

async def main():
    print(f"steps={await count_down(3)}")
    tries = 0
    while True:
        tries += 1
        if await val(tries) < 3:
            print(f"retry {tries}")
            continue
        break
    print(f"tries={tries}")

asyncio.run(main())
