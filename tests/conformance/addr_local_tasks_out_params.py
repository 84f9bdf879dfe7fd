import asyncio

async def produce(slot, key, value, ms):
    await asyncio.sleep(ms / 1000)
    slot[key] = value
    print(f"produced {value}")

async def main():
    v = {"a": 0, "b": 0}
    ta = asyncio.create_task(produce(v, "a", 11, 30))
    tb = asyncio.create_task(produce(v, "b", 22, 10))
    await ta
    await tb
    print(f"a={v['a']} b={v['b']}")

asyncio.run(main())
