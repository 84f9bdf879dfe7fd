import asyncio

async def half(x):
    await asyncio.sleep(0)
    return x / 2.0

async def main():
    d = 1.0
    d += await half(3.0)
    print(f"d={d:.3f}")
    d *= await half(5.0)
    print(f"d={d:.3f}")
    d -= await half(0.25)
    print(f"d={d:.4f}")
    f = 10.0
    f /= await half(8.0)
    print(f"f={f:.2f}")

asyncio.run(main())
