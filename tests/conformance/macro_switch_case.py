import asyncio

program_a = [1, 2, 3, 4, 0]
program_b = [3, 1, 9, 0]

async def fetch_op(vm):
    await asyncio.sleep(0)
    op = vm["code"][vm["pc"]]
    vm["pc"] += 1
    return op

async def arg(n):
    await asyncio.sleep(0)
    return n * 10

async def run(name, code):
    vm = {"name": name, "code": code, "pc": 0}
    acc = 1
    while True:
        op = await fetch_op(vm)
        if op == 1:
            acc += await arg(1)
        elif op == 2:
            acc += await arg(2)
        elif op in (3, 4):
            if op == 3:
                acc *= await arg(2)
            acc += await arg(4)
        elif op == 0:
            print(f"{vm['name']} halts with {acc}")
            return acc
        else:
            print(f"{vm['name']}: bad opcode at {vm['pc'] - 1}")
            await asyncio.sleep(0.050)
        print(f"{vm['name']} pc={vm['pc']} acc={acc}")

async def main():
    a = asyncio.create_task(run("a", program_a))
    b = asyncio.create_task(run("b", program_b))
    ra = await a
    rb = await b
    print(f"ra={ra} rb={rb}")

asyncio.run(main())
