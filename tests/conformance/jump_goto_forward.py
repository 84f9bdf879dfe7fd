import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def main():
    x = await val(1)
    print("skipped")
    found = False
    for i in range(3):
        for j in range(3):
            if await val(i * 3 + j) == 4:
                found = True
                break
        if found:
            break
    await val(100)
    print("found")

asyncio.run(main())
