import asyncio

items = [("ant", 1), ("bee", 2), ("cat", 3), ("dog", 4)]
limit_calls = 0

async def limit(n):
    global limit_calls
    limit_calls += 1
    await asyncio.sleep(0)
    return n

async def scaled(x):
    await asyncio.sleep(0)
    return x * 10

async def walker(tag, n):
    s = 0
    for i in range(n):
        v = await scaled(i)
        await asyncio.sleep(0)
        s += v + i
        print(f"{tag} i={i} v={v} sum={s}")
    for j in range(5, 9):
        if j == 6:
            continue
        before = j
        await asyncio.sleep(0)
        if j == 8:
            break
        print(f"{tag} j={j} before={before}")
    for name, weight in items:
        first = name[0]
        w = await scaled(weight)
        if w > 20 and tag[0] == 'a':
            break
        print(f"{tag} item {name} {first} {w}")
    return s

async def main():
    a = asyncio.create_task(walker("a", 2))
    b = asyncio.create_task(walker("b", 3))
    ra = await a
    rb = await b
    print(f"sums {ra} {rb}")

    total = 0
    k = 0
    while k < await limit(3):
        total += k
        await asyncio.sleep(0.001)
        k += 1
    print(f"total {total} limit calls {limit_calls}")

asyncio.run(main())
