import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    uc = 200
    uc = (uc + await val(100)) & 0xff
    print(f"uc={uc}")
    us = 10
    us = (us - await val(20)) & 0xffff
    print(f"us={us}")
    m = 0x0f
    m = (m << await val(6)) & 0xff
    print(f"m={m}")

asyncio.run(main())
