import asyncio

async def set_(v):
    print(f"set {v}")
    return v

async def main():
    (a,) = await asyncio.gather(set_(1))
    print(f"a={a}")
    b, c = await asyncio.gather(set_(2), set_(3))
    print(f"b={b} c={c}")

asyncio.run(main())
