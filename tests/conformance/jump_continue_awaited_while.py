import asyncio

async def below(i, n):
    print(f"check {i}")
    await asyncio.sleep(0)
    return i < n

async def main():
    i = 0
    odd = 0
    while await below(i, 5):
        i += 1
        if i % 2 == 0:
            continue
        odd += 1
        print(f"odd {i}")
    print(f"odd={odd}")

asyncio.run(main())
