import asyncio

async def wait_ms(who, ms):
    await asyncio.sleep(ms / 1000)
    print(f"{who} after {ms}")

async def job(who, first, second):
    await wait_ms(who, first)
    await wait_ms(who, second)

async def main():
    a = asyncio.create_task(job("a", 20, 100))
    b = asyncio.create_task(job("b", 60, 100))
    await a
    await b
    print("done")

asyncio.run(main())
