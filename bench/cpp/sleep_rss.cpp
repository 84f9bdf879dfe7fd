// Workload 3, C++20: bytes of RSS per suspended task. Spawns N tasks that
// each keep four int locals across a 60 s sleep (a timer-heap entry), waits
// 10 ms so that all are asleep, and divides the growth of RSS since just
// before spawning by N. The root then returns; the sleepers are destroyed.
// Usage: sleep_rss [N]   (default 100,000). Prints `bytes_per_task X`.
#include "minisched.hpp"

using namespace mini;
using namespace std::chrono_literals;

static task<int> sleeper(int id)
{
    int a = id, b = id * 3, c = id ^ 0x5a5a, d = id + 7;
    co_await sleep(60000ms);
    co_return a + b + c + d;
}

static task<int> amain(int n)
{
    // The handles' array is made (and its pages touched) before the
    // baseline: it is the benchmark's, not the tasks'.
    std::vector<task<int>> tasks(n);
    long before = rss_bytes();
    for (int i = 0; i < n; i++)
        tasks[i] = spawn(sleeper(i));
    co_await sleep(10ms);
    long after = rss_bytes();
    if (before < 0 || after < 0) {
        std::fprintf(stderr, "sleep_rss: cannot read /proc/self/statm\n");
        co_return 1;
    }
    std::printf("bytes_per_task %.1f\n", (double)(after - before) / n);
    co_return 0;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    return run(amain(n));
}
