import asyncio

async def lingering(id):
    print(f"lingering {id} starts")
    await asyncio.sleep(5)
    print(f"lingering {id} never gets here")

tasks = []

async def main():
    tasks.append(asyncio.create_task(lingering(1)))
    tasks.append(asyncio.create_task(lingering(2)))
    await asyncio.sleep(0)
    print("main returns")
    return 7

r = asyncio.run(main())
print(f"ac_run gave {r}")
