import asyncio

moves = 0

async def hanoi(n, src, dst, via):
    global moves
    if n == 0:
        return
    await hanoi(n - 1, src, via, dst)
    await asyncio.sleep(0)
    moves += 1
    print(f"disk {n} {src}->{dst}")
    await hanoi(n - 1, via, dst, src)

async def main():
    await hanoi(3, "A", "C", "B")
    print(f"moves={moves}")

asyncio.run(main())
