import asyncio

async def is_even(n):
    if n == 0:
        return 1
    await asyncio.sleep(0)
    return await is_odd(n - 1)

async def is_odd(n):
    if n == 0:
        return 0
    return await is_even(n - 1)

async def main():
    for n in range(6):
        print(f"{n} even={await is_even(n)} odd={await is_odd(n)}")
    print(f"301 odd={await is_odd(301)}")

asyncio.run(main())
