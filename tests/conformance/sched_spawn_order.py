import asyncio

async def hello(id):
    print(f"task {id} runs")
    return id

async def main():
    t = []
    for i in range(4):
        t.append(asyncio.create_task(hello(i)))
        print(f"spawned {i}")
    print("main suspends")
    s = 0
    for i in range(4):
        s += await t[i]
    print(f"sum={s}")

asyncio.run(main())
