import asyncio

sent = 0


async def send(what):
    global sent
    await asyncio.sleep(0)
    sent += 1
    line = "sent %s #%d" % (what, sent)
    print(line)
    return len(line) + 1


def make(code):
    print("make %d" % code)
    return (code, "ok" if code == 200 else "error")


async def respond(code):
    await asyncio.sleep(0)
    return make(code)


async def amain():
    await send("hello")
    await send("again")
    n = await send("third")
    await respond(404)
    r = await respond(200)
    print("%d %d %d %s" % (n, sent, r[0], r[1]))


asyncio.run(amain())
