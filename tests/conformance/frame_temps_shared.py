import asyncio

async def v(x):
    await asyncio.sleep(0)
    return x

def cdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q

async def big(x):
    await asyncio.sleep(0)
    return x * 1000000007

async def main():
    total = 0
    i = await v(0)
    while i < await v(3):
        if await v(i) % 2 == 0 and await v(i + 10) > 5:
            total += await v(i) * 100 + await v(i + 1)
        else:
            total -= await v(7) - await v(2)
        s = await v(i) + await v(1)
        if s == 1:
            print(f"case 1 {await v(i)} {await big(i + 1) + await v(5)}")
        if s in (1, 2):
            print(f"case 2 {await big(await v(i) + 1) - await v(1)}")
        else:
            print(f"default {await v(i) * await v(i)}")
        i += await v(1)
    n = 0
    while True:
        n += await v(n) + 1
        print(f"n {n} {cdiv(await big(n), await v(2))}")
        if not (await v(n) < 5 and await big(n) > 0):
            break
    print(f"total {total}")

asyncio.run(main())
