import asyncio

async def code(x):
    print(f"code {x}")
    await asyncio.sleep(0)
    return x % 4

async def main():
    for i in range(5):
        c = await code(i)
        if c == 0:
            print("zero")
        elif c == 1:
            print("one")
        elif c == 3:
            print("three")
        else:
            print("default")

asyncio.run(main())
