import asyncio

A = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
B = [[9, 8, 7], [6, 5, 4], [3, 2, 1]]

async def row(r, out):
    for c in range(3):
        out[c] = sum(A[r][k] * B[k][c] for k in range(3))
        await asyncio.sleep(0)
    print(f"row {r} done")

async def main():
    C = [[0] * 3 for _ in range(3)]
    await asyncio.gather(row(0, C[0]), row(1, C[1]), row(2, C[2]))
    for r in range(3):
        print(f"{C[r][0]} {C[r][1]} {C[r][2]}")

asyncio.run(main())
