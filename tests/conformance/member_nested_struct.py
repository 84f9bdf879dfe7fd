import asyncio

async def mk(k):
    await asyncio.sleep(0)
    return {"in": (k, k + 1), "arr": [k * 10, k * 20, k * 30], "pair": [(1, 2), (3, k)]}

async def main():
    print((await mk(4))["in"][1])
    print((await mk(2))["arr"][2])
    print((await mk(7))["pair"][1][1])
    i = (await mk(9))["in"]
    print(f"{i[0]} {i[1]}")

asyncio.run(main())
