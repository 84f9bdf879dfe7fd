import asyncio

calls = 0
done = 0

async def op(v):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return v

async def job(name, ms, fail_at):
    total = 0
    for i in range(1, 4):
        print(f"  {name} begins")
        await asyncio.sleep(ms / 1000)
        print(f"  {name} ends")
        rc = await op(-i if i == fail_at else i)
        if rc < 0:
            print(f"  fail {rc}")
            return rc
        total += i
    if not (await op(total) == 6):
        print("  check failed: await op(total) == 6")
        return -100
    return total * 10

async def guarded(x):
    if not (await op(x) > 0):
        print("  check failed: await op(x) > 0")
        return -100
    rc = await op(-x if x > 5 else x)
    if rc < 0:
        print(f"  fail {rc}")
        return rc
    return x

async def maybe(c):
    global done
    if await op(c):
        return
    done += 1

async def main():
    global calls
    a = asyncio.create_task(job("a", 0, 0))
    b = asyncio.create_task(job("b", 50, 2))
    ra = await a
    rb = await b
    print(f"job a {ra}, job b {rb}")

    print(f"guarded(3) {await guarded(3)}")
    print(f"guarded(0) {await guarded(0)}")
    print(f"guarded(7) {await guarded(7)}")

    calls = 0
    print(f"  show {await op(4)}")
    print(f"  again {await op(4)}")
    print(f"show calls {calls}")

    await maybe(1)
    await maybe(0)
    print(f"done {done}")

asyncio.run(main())
