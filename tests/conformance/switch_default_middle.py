import asyncio

async def say(s):
    await asyncio.sleep(0)
    print(s)

async def classify(x):
    print(f"x={x}:")
    if x == 1:
        await say("case 1")
        return
    if x not in (1, 2, 3):
        await say("default")
    if x not in (1, 3):
        await say("case 2")
    await say("case 3")

async def main():
    for i in range(1, 5):
        await classify(i)

asyncio.run(main())
