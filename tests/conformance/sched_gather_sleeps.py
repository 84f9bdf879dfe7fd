import asyncio

async def nap(id, ms, order, nxt):
    await asyncio.sleep(ms / 1000)
    print(f"nap {id} ({ms} ms) done")
    order[id] = nxt[0]
    nxt[0] += 1

async def main():
    order = [0] * 4
    nxt = [1]
    await asyncio.gather(nap(0, 40, order, nxt), nap(1, 10, order, nxt), nap(2, 30, order, nxt),
                         nap(3, 20, order, nxt))
    print(f"order {order[0]} {order[1]} {order[2]} {order[3]}")

asyncio.run(main())
