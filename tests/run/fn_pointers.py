import asyncio

async def double_it(x):
    await asyncio.sleep(0)
    return 2 * x

async def negate(x):
    return -x

table = [("t-double", double_it), ("t-negate", negate)]
fallback = negate

async def serve(h, request):
    r = await h(request)
    return r + 1000

async def main():
    routes = [("double", double_it), ("negate", negate)]
    h = double_it
    print(f"direct {await h(21)}")
    h = negate
    print(f"reassigned {await h(5)}")
    for name, handler in routes:
        print(f"{name} {await handler(7)}")
    print(f"passed {await serve(double_it, 4)}")
    handlers = [double_it, negate]
    t = asyncio.create_task(handlers[0](50))
    spawned = await t
    print(f"spawned {spawned}")
    await asyncio.gather(handlers[1](1), handlers[0](2))
    print("gathered")
    for name, handler in table:
        print(f"{name} {await handler(9)}")
    print(f"fallback {await fallback(3)}")

entry = main
asyncio.run(entry())
h = double_it
print(f"run {asyncio.run(h(asyncio.run(negate(-3))))}")
r = ("negate", negate)
print(f"run {r[0]} {asyncio.run(r[1](8))}")
