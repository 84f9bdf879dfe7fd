import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def plus_one(x):
    return await val(x) + 1

async def pick(c):
    return await val(10) if c else await val(20)

async def chain(x):
    return await plus_one(await plus_one(x)) * await val(2)

async def main():
    print(await plus_one(4))
    print(await pick(1))
    print(await pick(0))
    print(await chain(1))

asyncio.run(main())
