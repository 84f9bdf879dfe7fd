import asyncio

accounts = [["ann", 100], ["bob", 50], ["cy", 0]]
locked = False
contended = 0

async def lock():
    global locked, contended
    while locked:
        contended += 1
        await asyncio.sleep(0)
    locked = True

def unlock():
    global locked
    locked = False

async def transfer(frm, to, amount, times):
    for i in range(times):
        await lock()
        b = accounts[frm][1]
        await asyncio.sleep(0)
        if b >= amount:
            accounts[frm][1] = b - amount
            await asyncio.sleep(0)
            accounts[to][1] += amount
        unlock()
        await asyncio.sleep(0)

async def main():
    t = [asyncio.create_task(transfer(0, 1, 10, 5)),
         asyncio.create_task(transfer(1, 2, 20, 4)),
         asyncio.create_task(transfer(2, 0, 5, 6))]
    for x in t:
        await x
    total = 0
    for name, bal in accounts:
        print(f"{name} {bal}")
        total += bal
    print(f"total {total} contended {int(contended > 0)}")

asyncio.run(main())
