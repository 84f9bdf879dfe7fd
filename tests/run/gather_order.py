import asyncio

async def step(name, n, out, key):
    for i in range(n):
        print(f"{name} {i}")
        await asyncio.sleep(0)
    out[key] = n

async def bystander():
    print("bystander runs")

async def main():
    out = {}
    t = asyncio.create_task(bystander())
    await asyncio.gather(step("a", 2, out, "a"), step("b", 3, out, "b"),
                         step("c", 1, out, "c"))
    print(f"gathered {out['a']} {out['b']} {out['c']}")
    await t

asyncio.run(main())
