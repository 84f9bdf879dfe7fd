import asyncio

async def child(id):
    print(f"child {id} runs")

async def parent():
    print("parent runs")
    c = asyncio.create_task(child(1))
    print("parent spawned child")
    await asyncio.sleep(0)
    print("parent resumes")
    await c

async def other():
    print("other runs")
    await asyncio.sleep(0)
    print("other resumes")

async def main():
    p = asyncio.create_task(parent())
    o = asyncio.create_task(other())
    await p
    await o
    print("done")

asyncio.run(main())
