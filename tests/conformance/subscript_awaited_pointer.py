import asyncio

table = [5, 6, 7, 8]

async def get_table():
    await asyncio.sleep(0)
    return table

async def greeting():
    await asyncio.sleep(0)
    return "hello"

async def main():
    print((await get_table())[2])
    print(f"{(await greeting())[1]}{(await greeting())[4]}")
    (await get_table())[0] = 50
    print(table[0])
    print((await get_table())[3])

asyncio.run(main())
