import asyncio, sys

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    for i in range(3):
        for j in range(5):
            if await val(j) == i:
                continue
            if j > i + 2:
                break
            sys.stdout.write(f"({i},{j}) ")
        print(f"| i={await val(i)}")

asyncio.run(main())
