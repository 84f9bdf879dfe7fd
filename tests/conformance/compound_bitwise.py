import asyncio

async def bit(n):
    print(f"bit {n}")
    await asyncio.sleep(0)
    return 1 << n

async def main():
    m = 0
    for i in range(0, 8, 2):
        m |= await bit(i)
    print(f"m=0x{m:x}")
    m &= ~await bit(2) & 0xffffffff
    print(f"m=0x{m:x}")
    m ^= await bit(0)
    m ^= await bit(7)
    print(f"m=0x{m:x}")

asyncio.run(main())
