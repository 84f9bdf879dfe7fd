"""Workload 2, asyncio: ns per spawned-and-joined trivial task.

A loop does `await asyncio.create_task(inc(i))`, inc returning i + 1.
Usage: python3 spawn.py [N]   (default 100,000). Prints `ns_per_op X`.
"""
import asyncio
import sys
import time


async def inc(x):
    return x + 1


async def spawn_loop(n):
    total = 0
    for i in range(n):
        total += await asyncio.create_task(inc(i))
    return total


async def amain(n):
    await spawn_loop(n // 10)  # warm-up
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        total = await spawn_loop(n)
        t1 = time.perf_counter()
        per = (t1 - t0) * 1e9 / n
        best = per if best is None else min(best, per)
    if total != n * (n + 1) // 2:
        print(f"spawn: wrong sum {total}", file=sys.stderr)
        return 1
    print(f"ns_per_op {best:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(amain(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)))
