import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    for k in range(3):
        if k == 0:
            a = 5
            a += await val(1)
            print(f"case0 a={a}")
            continue
        if k == 1:
            d = 0.5
            d *= await val(8)
            print(f"case1 d={d:.1f}")
        s = list("xyz")
        s[await val(1)] = "Y"
        print(f"default s={''.join(s)}")

asyncio.run(main())
