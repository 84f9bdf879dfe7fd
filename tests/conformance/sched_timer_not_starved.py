import asyncio

stop = False

async def sleeper():
    global stop
    await asyncio.sleep(0.01)
    print("sleeper wakes")
    stop = True

async def spinner(name):
    announced = False
    while not stop:
        if not announced:
            print(f"{name} spinning")
            announced = True
        await asyncio.sleep(0)
    print(f"{name} sees stop")

async def main():
    s = asyncio.create_task(sleeper())
    a = asyncio.create_task(spinner("a"))
    b = asyncio.create_task(spinner("b"))
    await s
    await a
    await b
    print("done")

asyncio.run(main())
