"""Workload 1, asyncio: ns per suspend+resume round trip through the loop.

Two tasks each do N/2 `await asyncio.sleep(0)`, so every yield puts one task
at the back of the ready queue and resumes the other.
Usage: python3 yield.py [N]   (default 300,000). Prints `ns_per_op X`.
"""
import asyncio
import sys
import time


async def yield_loop(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def pair(n):
    a = asyncio.create_task(yield_loop(n // 2))
    b = asyncio.create_task(yield_loop(n // 2))
    return await a + await b


async def amain(n):
    await pair(n // 10)  # warm-up
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        ops = await pair(n)
        t1 = time.perf_counter()
        per = (t1 - t0) * 1e9 / ops
        best = per if best is None else min(best, per)
    if ops != 2 * (n // 2):
        print(f"yield: wrong count {ops}", file=sys.stderr)
        return 1
    print(f"ns_per_op {best:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(amain(int(sys.argv[1]) if len(sys.argv) > 1 else 300_000)))
