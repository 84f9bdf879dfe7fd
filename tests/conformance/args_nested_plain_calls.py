import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

def twice(x):
    print(f"twice {x}")
    return 2 * x

def sub(a, b):
    print(f"sub {a} {b}")
    return a - b

async def main():
    r = sub(twice(await val(10)), twice(sub(await val(3), await val(1))))
    print(f"r={r}")

asyncio.run(main())
