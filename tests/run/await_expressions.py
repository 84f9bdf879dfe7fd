import asyncio

async def val(x):
    print(f"val {x}")
    await asyncio.sleep(0)
    return x

async def mk(a, b):
    await asyncio.sleep(0)
    return {"a": a, "b": b}

def plain(x):
    print(f"plain {x}")
    return x

def sum3(a, b, c):
    return a + b + c

async def main():
    arr = [10, 20, 30, 40]
    x = 1
    print(f"args {sum3(plain(1), await val(2), plain(3))}")
    x += await val(5)
    print(f"compound {x}")
    print(f"nested {await val(await val(7) + 1)}")
    print(f"member {(await mk(3, 4))['b']}")
    print(f"subscript {arr[await val(2)]}")
    print(f"cast {int(await val(9))}")
    t = int(0 and await val(100))
    u = int(1 or await val(101))
    v = int(bool(1 and await val(11)))
    w = int(bool(0 or await val(12)))
    print(f"logic {t} {u} {v} {w}")
    c1 = await val(13) if x > 0 else await val(102)
    c2 = await val(103) if x < 0 else await val(14)
    print(f"cond {c1} {c2}")
    plain(15)
    cm = await val(16)
    print(f"comma {cm}")
    a = await val(1) + await val(2) * await val(3)
    print(f"arith {a}")
    if await val(1) == 1:
        print("if taken")
    n = 0
    while await val(n) < 2:
        n += 1
    print(f"while {n}")
    k = 0
    while True:
        k += 1
        if k == 1:
            if not await val(k) < 3:
                break
            continue
        if not await val(k) < 3:
            break
    print(f"do {k}")
    total = 0
    i = await val(0)
    while i < await val(3):
        if i != 1:
            total += i
        i += await val(1)
    print(f"for {total}")
    s = await val(2)
    if s == 1:
        print("one")
    else:
        if s == 2:
            print("two")
        print("default")
    g = await val(42)
    print(f"global {g}")

asyncio.run(main())
