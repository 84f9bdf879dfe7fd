import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    m = [[0] * 4 for _ in range(3)]
    for r in range(3):
        for c in range(4):
            m[await val(r)][await val(c)] = r * 10 + c
    print(f"m[2][3]={m[await val(2)][await val(3)]}")
    print(f"m[1][0]={m[await val(1)][0]}")
    total = 0
    for r in range(3):
        total += m[r][await val(r)]
    print(f"diag={total}")

asyncio.run(main())
