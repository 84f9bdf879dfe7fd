import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    for a in range(2):
        for b in range(2):
            x = await val(a)
            if x == 0:
                if await val(b) == 0:
                    print("a0 b0")
                else:
                    print(f"a0 b{await val(b)}")
                print("after inner")
            elif x == 1:
                print(f"a1 b{b}")

asyncio.run(main())
