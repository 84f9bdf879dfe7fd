import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    i = 0
    while True:
        v = await val(i); i += 1
        if v == 1:
            continue
        if v == 4:
            break
        print(f"while {await val(v)}")
    j = 0
    while True:
        j += 1
        await val(j)
        if j == 2:
            if not j < 10: break
            continue
        if j == 5:
            break
        print(f"do {j}")
        if not j < 10: break
    for k in range(10):
        if await val(k) % 3 != 0:
            continue
        if k > 6:
            break
        print(f"for {k}")

asyncio.run(main())
