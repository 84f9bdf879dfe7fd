import asyncio

async def val(what, x):
    print(f"{what} {x}")
    await asyncio.sleep(0)
    return x

async def main():
    i = 0
    while await val("cond", i) < 4:
        if i % 2 == 0:
            print(f"continue at {i}")
        else:
            print(f"body {i}")
        i = await val("inc", i + 1)
    print("done")

asyncio.run(main())
