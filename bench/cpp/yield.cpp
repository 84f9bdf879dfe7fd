// Workload 1, C++20: ns per suspend+resume round trip through the scheduler.
// Two tasks each do N/2 `co_await yield()`, so every yield puts one task at
// the back of the ready queue and resumes the other.
// Usage: yield [N]   (default 20,000,000). Prints `ns_per_op X`.
#include "minisched.hpp"

using namespace mini;

static task<long> yield_loop(long n)
{
    for (long i = 0; i < n; i++)
        co_await yield();
    co_return n;
}

// Spawns two yielders of n/2 each and joins both; gives the yields done.
static task<long> pair(long n)
{
    task<long> a = spawn(yield_loop(n / 2));
    task<long> b = spawn(yield_loop(n / 2));
    long ra = co_await a;
    long rb = co_await b;
    co_return ra + rb;
}

static task<int> amain(long n)
{
    long ops = co_await pair(n / 10); // warm-up
    double best = 0;
    for (int rep = 0; rep < 3; rep++) {
        double t0 = now_ns();
        ops = co_await pair(n);
        double t1 = now_ns();
        double per = (t1 - t0) / (double)ops;
        if (rep == 0 || per < best)
            best = per;
    }
    if (ops != 2 * (n / 2)) {
        std::fprintf(stderr, "yield: wrong count %ld\n", ops);
        co_return 1;
    }
    std::printf("ns_per_op %.2f\n", best);
    co_return 0;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? std::atol(argv[1]) : 20000000L;
    return run(amain(n));
}
