import asyncio

async def early(id):
    print(f"early {id}")
    await asyncio.sleep(0)
    print(f"early {id} again")

async def part(id):
    print(f"part {id}")
    await asyncio.sleep(0)
    print(f"part {id} again")
    return id

async def main():
    e1 = asyncio.create_task(early(1))
    e2 = asyncio.create_task(early(2))
    x, y = await asyncio.gather(part(1), part(2))
    await e1
    await e2
    print(f"x={x} y={y}")

asyncio.run(main())
