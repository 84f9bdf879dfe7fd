import asyncio

nodes = [{"key": 10, "hits": 0}, {"key": 20, "hits": 0}, {"key": 30, "hits": 0}]

async def find(key):
    await asyncio.sleep(0)
    for n in nodes:
        if n["key"] == key:
            return n
    return None

async def main():
    (await find(20))["hits"] += 5
    n = await find(30)
    n["hits"] = (await find(20))["hits"] * 2
    print(f"{nodes[0]['hits']} {nodes[1]['hits']} {nodes[2]['hits']}")
    print(f"null={int(await find(99) is None)}")

asyncio.run(main())
