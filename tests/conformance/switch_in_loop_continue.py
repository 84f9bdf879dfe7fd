import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    i = 0
    while i < 6:
        v = await val(i); i += 1
        m = v % 3
        if m == 0:
            print(f"{v}: zero, continue")
            continue
        elif m == 1:
            print(f"{v}: one, break")
        else:
            await val(0)
            print(f"{v}: two")
        print(f"{v}: after switch")

asyncio.run(main())
