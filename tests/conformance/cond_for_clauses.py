import asyncio

async def val(what, x):
    print(f"{what} {x}")
    await asyncio.sleep(0)
    return x

async def main():
    s = 0
    i = await val("init", 0)
    while i < await val("cond", 3):
        s += i
        i += await val("step", 1)
    print(f"sum={s}")
    j = await val("init", 10)
    while await val("cond", j) > 8:
        j -= await val("body", 1)
    print(f"j={j}")

asyncio.run(main())
