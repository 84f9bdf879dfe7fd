import asyncio

async def probe(x):
    print(f"probe {x}")
    await asyncio.sleep(0)
    return x

async def main():
    for i in range(3):
        r = int(bool(i and await probe(i * 10)))
        print(f"i={i} r={r}")
    a = int(bool(await probe(0) and await probe(1)))
    b = int(bool(await probe(2) and await probe(0) and await probe(3)))
    c = int(bool(await probe(4) and await probe(5) and await probe(6)))
    print(f"a={a} b={b} c={c}")

asyncio.run(main())
