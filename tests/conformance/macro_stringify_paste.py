import asyncio

calls = 0

async def handler_add(x):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return x + 1

async def handler_mul(x):
    global calls
    calls += 1
    await asyncio.sleep(0.001)
    return x * 3

async def length(s):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return len(s)

async def main():
    print(f"await handler_add(4) = {await handler_add(4)}")
    print(f"await handler_mul( 2 ) = {await handler_mul(2)}")
    print('await length("a \\"quoted\\" \\\\ word") = ' + str(await length('a "quoted" \\ word')))
    print(f"AWAIT_LEN(\"ab\") = {await length('ab')}")
    v = await handler_add(42)
    print(f"await handler_add(LIMIT) -> {v}, twice {await handler_add(42) * 2}")
    print("__extension__ handler_add(42)")
    a = await handler_add(10)
    m = await handler_mul(await handler_add(1))
    h = await handler_mul(5)
    print(f"a={a} m={m} h={h}")
    print("calling mul(a + m)")
    t = await handler_mul(a + m)
    print(f"t={t} calls={calls}")

asyncio.run(main())
