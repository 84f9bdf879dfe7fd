import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def word(i):
    await asyncio.sleep(0)
    return ["alpha", "beta", "gamma"][i]

async def main():
    print(f"{await val(1)} {await word(1)} 3")
    print(f"{await word(0)}-{await word(1)}-{await word(2)}")
    for i in range(3):
        print(f"[{i}:{await val(i * i)}]")

asyncio.run(main())
