// minisched.hpp - a minimal single-threaded C++20 coroutine scheduler, the
// C++ peer in asyncc's benchmarks (bench/README.md).
//
// What a careful C++ programmer would write in a page, with no tricks that
// asyncc could not also use:
//   - a ready deque of std::coroutine_handle<>, FIFO;
//   - task<T>: a lazy coroutine with a continuation. `co_await task` either
//     starts it by symmetric transfer (a direct call, like `await f()`), or,
//     if it was spawn()ed, waits for it; when it finishes, it transfers
//     straight to its continuation (no trip through the ready queue);
//   - spawn(task): queues the task at the back of the ready queue;
//   - yield(): pushes the current coroutine to the back of the ready queue;
//   - sleep(d): a binary heap of (deadline, sequence, handle);
//   - run(task): runs the loop until the root task completes.
// Coroutine frames come from the global operator new (malloc).
#pragma once

#include <chrono>
#include <coroutine>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <exception>
#include <queue>
#include <thread>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <time.h>
#include <unistd.h>

namespace mini {

using clock = std::chrono::steady_clock;

struct timer {
    clock::time_point when;
    std::uint64_t seq; // timers with the same deadline fire in order set
    std::coroutine_handle<> h;
};
struct timer_later {
    bool operator()(const timer &a, const timer &b) const noexcept
    {
        if (a.when != b.when)
            return a.when > b.when;
        return a.seq > b.seq;
    }
};

struct scheduler {
    std::deque<std::coroutine_handle<>> ready;
    std::priority_queue<timer, std::vector<timer>, timer_later> timers;
    std::uint64_t seq = 0;
};
inline scheduler sched;

template <class T> class task;

template <class T> struct promise {
    T value{};
    std::coroutine_handle<> continuation;
    bool scheduled = false;

    task<T> get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct final_awaiter {
        bool await_ready() noexcept { return false; }
        std::coroutine_handle<>
        await_suspend(std::coroutine_handle<promise> h) noexcept
        {
            std::coroutine_handle<> c = h.promise().continuation;
            return c ? c : std::noop_coroutine();
        }
        void await_resume() noexcept {}
    };
    final_awaiter final_suspend() noexcept { return {}; }
    void return_value(T v) noexcept { value = std::move(v); }
    void unhandled_exception() noexcept { std::terminate(); }
};

// Owns its coroutine frame; destroying the task destroys the frame.
template <class T> class [[nodiscard]] task {
  public:
    using promise_type = promise<T>;
    using handle = std::coroutine_handle<promise_type>;

    task() noexcept = default;
    explicit task(handle h) noexcept : h_(h) {}
    task(task &&o) noexcept : h_(std::exchange(o.h_, {})) {}
    task &operator=(task &&o) noexcept
    {
        if (this != &o) {
            if (h_)
                h_.destroy();
            h_ = std::exchange(o.h_, {});
        }
        return *this;
    }
    task(const task &) = delete;
    task &operator=(const task &) = delete;
    ~task()
    {
        if (h_)
            h_.destroy();
    }

    // Awaiting a task: start it at once if it was not spawned (a direct
    // call), otherwise wait for it.
    bool await_ready() const noexcept { return h_.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiter) noexcept
    {
        h_.promise().continuation = awaiter;
        if (h_.promise().scheduled)
            return std::noop_coroutine();
        return h_;
    }
    T await_resume() noexcept { return std::move(h_.promise().value); }

    handle h_{};
};

template <class T> task<T> promise<T>::get_return_object() noexcept
{
    return task<T>(std::coroutine_handle<promise>::from_promise(*this));
}

// asyncio.create_task: the task first runs at a later turn of the loop.
template <class T> task<T> spawn(task<T> t)
{
    t.h_.promise().scheduled = true;
    sched.ready.push_back(t.h_);
    return t;
}

struct yield_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) { sched.ready.push_back(h); }
    void await_resume() const noexcept {}
};
inline yield_awaiter yield() noexcept { return {}; }

struct sleep_awaiter {
    clock::duration d;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h)
    {
        if (d <= clock::duration::zero())
            sched.ready.push_back(h);
        else
            sched.timers.push(timer{clock::now() + d, sched.seq++, h});
    }
    void await_resume() const noexcept {}
};
template <class Rep, class Period>
sleep_awaiter sleep(std::chrono::duration<Rep, Period> d)
{
    return {std::chrono::duration_cast<clock::duration>(d)};
}

// asyncio.run: runs the loop until `root` completes and returns its value.
// What is still queued or asleep then is dropped without being resumed
// (frames belong to their task objects, which free them).
template <class T> T run(task<T> root)
{
    scheduler &s = sched;
    root.h_.promise().scheduled = true;
    s.ready.push_back(root.h_);
    while (!root.h_.done()) {
        if (!s.timers.empty()) {
            if (s.ready.empty())
                std::this_thread::sleep_until(s.timers.top().when);
            clock::time_point now = clock::now();
            while (!s.timers.empty() && s.timers.top().when <= now) {
                s.ready.push_back(s.timers.top().h);
                s.timers.pop();
            }
        }
        if (s.ready.empty()) {
            std::fputs("minisched: deadlock: nothing ready, no timers\n", stderr);
            std::abort();
        }
        // One turn: run what was ready at its start, FIFO.
        for (std::size_t n = s.ready.size(); n > 0 && !root.h_.done(); --n) {
            std::coroutine_handle<> h = s.ready.front();
            s.ready.pop_front();
            h.resume();
        }
    }
    s.ready.clear();
    s.timers = {};
    return std::move(root.h_.promise().value);
}

// ---- measuring -----------------------------------------------------------

inline double now_ns()
{
    return std::chrono::duration<double, std::nano>(
               clock::now().time_since_epoch())
        .count();
}

// Resident set size, bytes: /proc/self/statm's second field times the page
// size (read with open/read so that measuring allocates nothing).
inline long rss_bytes()
{
    char buf[256];
    int fd = open("/proc/self/statm", O_RDONLY);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    long size = 0, resident = 0;
    if (std::sscanf(buf, "%ld %ld", &size, &resident) != 2)
        return -1;
    return resident * sysconf(_SC_PAGESIZE);
}

} // namespace mini
