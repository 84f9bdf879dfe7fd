import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    arr = [1, 2, 3]
    a = {"sum": 10, "prod": 2}
    g_total = 1
    g = {"sum": 0, "prod": 1}
    for i in range(3):
        arr[i] += await val(i * 100)
    a["sum"] -= await val(4)
    a["prod"] *= await val(21)
    arr[1] <<= await val(2)
    g_total += await val(41)
    g["sum"] |= await val(6)
    g["prod"] *= await val(9)
    print(f"arr={arr[0]} {arr[1]} {arr[2]}")
    print(f"a={a['sum']} {a['prod']} g={g_total} {g['sum']} {g['prod']}")

asyncio.run(main())
