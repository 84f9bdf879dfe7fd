import asyncio, sys

async def v(x):
    sys.stdout.write(f"{x} ")
    await asyncio.sleep(0)
    return x

async def main():
    r = await v(1) + await v(2) * await v(3) - await v(4) // await v(2) + (await v(5) << await v(1)) - \
        await v(6) % await v(4) + await v(7)
    print(f"\nr={r}")

asyncio.run(main())
