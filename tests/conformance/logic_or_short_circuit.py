import asyncio

async def probe(x):
    print(f"probe {x}")
    await asyncio.sleep(0)
    return x

async def main():
    for i in range(3):
        r = int(bool(i or await probe(i + 7)))
        print(f"i={i} r={r}")
    a = int(bool(await probe(1) or await probe(2)))
    b = int(bool(await probe(0) or await probe(0) or await probe(3)))
    c = int(bool(await probe(0) or await probe(0)))
    print(f"a={a} b={b} c={c}")

asyncio.run(main())
