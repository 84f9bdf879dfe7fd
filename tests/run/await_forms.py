import asyncio

async def twice(x):
    await asyncio.sleep(0)
    return 2 * x

async def note(what):
    await asyncio.sleep(0)
    print(f"note {what}")

async def chain(x):
    return await twice(x)

async def main():
    await note("statement")
    a = await twice(3)
    print(f"init {a}")
    a = await twice(a)
    print(f"assign {a}")
    b = await chain(5)
    print(f"return {b}")
    await asyncio.sleep(0)
    print(f"done {a + b}")

asyncio.run(main())
