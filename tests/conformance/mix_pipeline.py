import asyncio

class Mailbox:
    def __init__(self):
        self.full = False
        self.value = 0

async def put(m, v):
    while m.full:
        await asyncio.sleep(0)
    m.value = v
    m.full = True

async def get(m):
    while not m.full:
        await asyncio.sleep(0)
    m.full = False
    return m.value

async def source(out, n):
    for i in range(1, n + 1):
        await put(out, i)
    await put(out, -1)

async def doubler(inp, out):
    while (v := await get(inp)) != -1:
        await put(out, v * 2)
    await put(out, -1)

async def sink(inp):
    s = 0
    while (v := await get(inp)) != -1:
        print(f"sink got {v}")
        s += v
    return s

async def main():
    a, b = Mailbox(), Mailbox()
    t1 = asyncio.create_task(source(a, 5))
    t2 = asyncio.create_task(doubler(a, b))
    t3 = asyncio.create_task(sink(b))
    await t1
    await t2
    s = await t3
    print(f"sum={s}")

asyncio.run(main())
