import asyncio

async def is_(x, want):
    print(f"is {x} {want}")
    await asyncio.sleep(0)
    return x == want

async def main():
    for i in range(4):
        if await is_(i, 0):
            print("zero")
        elif await is_(i, 1):
            print("one")
        elif await is_(i, 2):
            print("two")
        else:
            print("other")

asyncio.run(main())
