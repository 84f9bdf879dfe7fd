import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def grade(score):
    if await val(score) < 0:
        return "invalid"
    for t in range(90, 59, -10):
        if score >= await val(t):
            return {90: "A", 80: "B", 70: "C"}.get(t, "D")
    return "F"

async def main():
    for s in [-1, 95, 85, 75, 65, 10]:
        print(f"{s} -> {await grade(s)}")

asyncio.run(main())
