import asyncio

needed = [1, 3, 9]

async def try_once(job, attempt):
    await asyncio.sleep(0)
    return attempt >= needed[job]

async def with_retry(job, max_attempts):
    attempt = 0
    delay = 2
    while True:
        attempt += 1
        if await try_once(job, attempt):
            print(f"job {job} ok after {attempt} attempt(s)")
            return attempt
        if attempt == max_attempts:
            print(f"job {job} gives up")
            return -1
        print(f"job {job} retry in {delay} ms")
        await asyncio.sleep(delay / 1000)
        delay *= 2

async def main():
    total = 0
    for j in range(3):
        total += await with_retry(j, 4)
    print(f"total {total}")

asyncio.run(main())
