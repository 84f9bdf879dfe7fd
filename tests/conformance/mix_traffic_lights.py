import asyncio

async def light(name, offset_ms, period_ms, cycles):
    await asyncio.sleep(offset_ms / 1000)
    for i in range(cycles):
        print(f"{name} {'red' if i % 2 else 'green'}")
        await asyncio.sleep(period_ms / 1000)

async def main():
    a = asyncio.create_task(light("north", 0, 40, 3))
    b = asyncio.create_task(light("east", 20, 40, 3))
    await a
    await b
    print("done")

asyncio.run(main())
