import asyncio

counter = 0

def bump():
    global counter
    counter += 1
    print(f"bump -> {counter}")
    return counter

async def peek():
    global counter
    print(f"peek sees {counter}")
    await asyncio.sleep(0)
    counter += 10
    return counter

def show(a, b, c, d):
    print(f"show {a} {b} {c} {d}")

async def main():
    show(bump(), await peek(), bump(), await peek())
    print(f"counter={counter}")

asyncio.run(main())
