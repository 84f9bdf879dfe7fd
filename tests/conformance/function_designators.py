import asyncio


async def add1(x):
    await asyncio.sleep(0)
    return x + 1


async def amain():
    a = await add1(1)
    b = await add1(2)
    c = await add1(3)
    d = await add1(4)
    t = asyncio.ensure_future(add1(5))
    e = await t
    print(a, b, c, d, e)


asyncio.run(amain())
