import asyncio

async def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return await ack(m - 1, 1)
    return await ack(m - 1, await ack(m, n - 1))

async def main():
    for m in range(3):
        for n in range(4):
            print(f"ack({m},{n})={await ack(m, n)}")
    print(f"ack(3,3)={await ack(3, 3)}")

asyncio.run(main())
