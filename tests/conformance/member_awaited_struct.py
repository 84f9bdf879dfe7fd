import asyncio

async def mk(id):
    print(f"mk {id}")
    await asyncio.sleep(0)
    return {"id": id, "score": id * 1.5, "tag": f"r{id}"}

async def main():
    print(f"id={(await mk(3))['id']}")
    print(f"score={(await mk(4))['score']:.2f}")
    print(f"tag={(await mk(5))['tag']}")
    s = (await mk(1))["id"] + (await mk(2))["id"]
    print(f"s={s}")

asyncio.run(main())
