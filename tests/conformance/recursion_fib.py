import asyncio

calls = 0

async def fib(n):
    global calls
    calls += 1
    if n < 2:
        await asyncio.sleep(0)
        return n
    return await fib(n - 1) + await fib(n - 2)

async def main():
    for n in range(0, 21, 5):
        print(f"fib({n})={await fib(n)}")
    print(f"calls={calls}")

asyncio.run(main())
