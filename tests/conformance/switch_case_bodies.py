import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def run(sel):
    acc = 0
    if sel in (0,):
        acc += await val(1)
    if sel in (0, 1):
        acc += await val(10)
    if sel in (0, 1, 2):
        acc += await val(100)
    elif sel == 3:
        acc = await val(1000)
    else:
        acc = -await val(1)
    return acc

async def main():
    for s in range(5):
        print(f"run({s})={await run(s)}")

asyncio.run(main())
