import asyncio

async def leaf(k):
    await asyncio.sleep(0)
    return {"v": [k, k + 1, k + 2, k + 3], "name": "leaf"}

async def mid(k):
    return await leaf(k * 10)

async def top(k):
    b = await mid(k)
    b["name"] = "top"
    return b

async def main():
    b = await top(2)
    print(f"{b['name']} {b['v'][0]} {b['v'][1]} {b['v'][2]} {b['v'][3]}")
    b = await mid(5)
    print(f"{b['name']} {b['v'][3]}")

asyncio.run(main())
