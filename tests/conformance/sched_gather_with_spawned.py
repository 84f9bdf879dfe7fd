import asyncio

async def background():
    await asyncio.sleep(0.06)
    print("background done")
    return 99

async def fast(id, ms):
    await asyncio.sleep(ms / 1000)
    print(f"fast {id} done")
    return id

async def main():
    bg = asyncio.create_task(background())
    a, b = await asyncio.gather(fast(1, 20), fast(2, 10))
    print(f"gathered {a} {b}")
    r = await bg
    print(f"background gave {r}")

asyncio.run(main())
