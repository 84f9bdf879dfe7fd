import asyncio

async def below(x, limit):
    print(f"below {x} {limit}")
    await asyncio.sleep(0)
    return x < limit

async def main():
    i = 0
    while True:
        i += 1
        if i == 2:
            print(f"skip {i}")
        else:
            print(f"body {i}")
        if not await below(i, 4):
            break
    once = 0
    while True:
        once += 1
        if not await below(10, 0):
            break
    print(f"i={i} once={once}")

asyncio.run(main())
