import asyncio

names = ["zero", "one", "two", "three"]

async def name(i):
    print(f"name {i}")
    await asyncio.sleep(0)
    return names[i]

async def main():
    s = await name(1); t = await name(2); u = s
    print(f"{s} {t} {u}")
    w = await name(3); v = w[2:]
    print(f"{w} {v}")

asyncio.run(main())
