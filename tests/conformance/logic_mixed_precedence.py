import asyncio

async def probe(x):
    print(f"probe {x}")
    await asyncio.sleep(0)
    return x % 2

async def main():
    r1 = int(bool(await probe(1) or (await probe(2) and await probe(3))))
    print(f"r1={r1}")
    r2 = int(bool((await probe(1) or await probe(2)) and await probe(4)))
    print(f"r2={r2}")
    r3 = int(bool(await probe(2) or (await probe(5) and await probe(7))))
    print(f"r3={r3}")
    r4 = int(bool((not await probe(8)) and (await probe(10) or await probe(11))))
    print(f"r4={r4}")

asyncio.run(main())
