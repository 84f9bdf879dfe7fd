import asyncio

next_ticket = 1
buf = [0] * 8

async def worker(id):
    global next_ticket
    mine = next_ticket
    next_ticket += 1
    buf[mine] = id
    await asyncio.sleep(0)
    print(f"worker {id} ticket {mine} (buf[1]={buf[1]})")
    return mine

async def main():
    a = asyncio.create_task(worker(10))
    b = asyncio.create_task(worker(20))
    c = asyncio.create_task(worker(30))
    ra = await a
    rb = await b
    rc = await c
    print(f"{ra} {rb} {rc}")

asyncio.run(main())
