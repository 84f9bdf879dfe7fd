import asyncio

async def id_(x):
    await asyncio.sleep(0)
    return x

async def first_over(limit):
    i = 0
    while True:
        v = await id_(i * i)
        if v > limit:
            return v
        i += 1

async def main():
    total = 0
    for i in range(6):
        if i == 1:
            continue
        if i % 2 == 0:
            v = await id_(i)
            total += v
        else:
            total += await id_(100)
        if i == 4:
            break
    print(f"for {total}")
    n = 0
    while n < 5:
        n = await id_(n + 2)
    print(f"while {n}")
    k = 0
    while True:
        await asyncio.sleep(0)
        k += 1
        if not k < 3:
            break
    print(f"do {k}")
    f = await first_over(20)
    print(f"early return {f}")
    if f == 25:
        f = await id_(1)
        f += 10
    elif f == 26:
        f += 10
    else:
        f = -1
    print(f"switch {f}")

asyncio.run(main())
