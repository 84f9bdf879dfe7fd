"""Workload 3, asyncio: bytes of RSS per suspended task.

Spawns N tasks that each keep four int locals across a long asyncio.sleep,
waits 10 ms so that all are asleep, and divides the growth of RSS since just
before spawning by N. The root then returns; asyncio.run cancels the rest.
Usage: python3 sleep_rss.py [N]   (default 100,000). Prints `bytes_per_task X`.
"""
import asyncio
import os
import sys

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_bytes():
    fd = os.open("/proc/self/statm", os.O_RDONLY)
    try:
        return int(os.read(fd, 256).split()[1]) * PAGE
    finally:
        os.close(fd)


async def sleeper(i):
    # Ints outside CPython's small-int cache, so each local is an object.
    a, b, c, d = i + 1000, i * 3 + 1000, i ^ 0x5A5A, i + 1007
    await asyncio.sleep(1000)
    return a + b + c + d


async def amain(n):
    # The handles' list is made before the baseline: it is the benchmark's.
    tasks = [None] * n
    before = rss_bytes()
    for i in range(n):
        tasks[i] = asyncio.create_task(sleeper(i))
    await asyncio.sleep(0.01)
    after = rss_bytes()
    print(f"bytes_per_task {(after - before) / n:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(amain(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)))
