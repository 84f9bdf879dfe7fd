import asyncio

names = ["first", "second", "third"]

async def worker(name, ms):
    print(f"{name} starts ({ms} ms)")
    await asyncio.sleep(ms / 1000)
    print(f"{name} done")
    return ms

async def main():
    a = asyncio.create_task(worker("a", 50))
    b = asyncio.create_task(worker("b", 10))
    ra = await a
    rb = await b
    print(f"joined {ra} {rb}")

    x, y = await asyncio.gather(worker("x", 50), worker("y", 10))
    print(f"gathered {x} {y}")

    tx = asyncio.create_task(worker("p", 40))
    ty = asyncio.create_task(worker("q", 0))
    await tx
    await ty

    ts = [asyncio.create_task(worker(names[i], 10 + 40 * (2 - i))) for i in range(3)]
    s = 0
    for t in ts:
        s += await t
    print(f"sum {s}")

asyncio.run(main())
