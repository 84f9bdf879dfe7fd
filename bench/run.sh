#!/usr/bin/env bash
# bench/run.sh [BUILD_DIR] - asyncc's benchmarks, side by side with a C++20
# coroutine scheduler and Python's asyncio (SPEC §5, bench/README.md).
#
# Builds the asyncc programs (CMake targets bench_yield, bench_spawn,
# bench_sleep_rss) in BUILD_DIR (default: build; configured first with
# `cmake -S . -B BUILD_DIR`), compiles the C++20 peers into
# BUILD_DIR/bench-cpp/, runs every program once and prints a Markdown table
# with ratios to asyncc (above 1: asyncc is faster, or smaller). Each program
# warms up, times with a monotonic clock, and prints one figure.
#
# Environment: CXX (default g++), PYTHON (default python3 from PATH).
# Exit status: 0 when every figure was measured, 1 when some could not be
# (built or run); a missed target is reported, not an error.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(dirname "$here")
build=${1:-build}
case $build in /*) ;; *) build=$PWD/$build ;; esac
CXX=${CXX:-g++}
PYTHON=${PYTHON:-python3}
jobs=$(nproc 2>/dev/null || echo 2)
status=0

mkdir -p "$build/bench-cpp"
log=$build/bench-cpp/build.log
: >"$log"

say() { printf '%s\n' "$*" >&2; }

# ---- asyncc ----------------------------------------------------------------
say "building the asyncc programs in $build (log: $log)"
asyncc_ok=1
# (Re)configure: cheap, keeps an existing cache's settings, and repairs a
# build directory whose last configure failed.
cmake -S "$src" -B "$build" >>"$log" 2>&1 || asyncc_ok=0
if [ $asyncc_ok = 1 ]; then
    cmake --build "$build" --target bench_yield bench_spawn bench_sleep_rss \
        -j "$jobs" >>"$log" 2>&1 || asyncc_ok=0
fi
if [ $asyncc_ok = 0 ]; then
    say "warning: the asyncc programs did not build; last lines of $log:"
    tail -n 15 "$log" >&2
    status=1
fi

# The path of the asyncc program NAME, or nothing.
asyncc_exe() {
    if [ -x "$build/bench/$1" ]; then
        printf '%s\n' "$build/bench/$1"
    else
        find "$build" -type f -name "$1" -perm -u+x 2>/dev/null | head -n 1
    fi
}

# ---- C++20 -----------------------------------------------------------------
say "building the C++20 programs with $CXX"
for name in yield spawn sleep_rss; do
    out=$build/bench-cpp/$name
    if [ -x "$out" ] && [ "$out" -nt "$here/cpp/$name.cpp" ] &&
        [ "$out" -nt "$here/cpp/minisched.hpp" ]; then
        continue
    fi
    if ! "$CXX" -std=c++20 -fcoroutines -O2 -o "$out" "$here/cpp/$name.cpp" \
        >>"$log" 2>&1; then
        say "warning: $here/cpp/$name.cpp did not build (see $log)"
        rm -f "$out"
        status=1
    fi
done

# ---- running ---------------------------------------------------------------
# measure KEY LABEL CMD...: runs CMD, prints the number after KEY, or n/a.
measure() {
    local key=$1 label=$2 out val
    shift 2
    if [ -z "$1" ] || { [ "${1#/}" != "$1" ] && [ ! -x "$1" ]; }; then
        say "  $label: not built"
        status=1
        echo n/a
        return
    fi
    say "  $label: $*"
    if ! out=$(timeout 300 "$@"); then
        say "  $label: failed"
        status=1
        echo n/a
        return
    fi
    val=$(printf '%s\n' "$out" | awk -v k="$key" '$1 == k { print $2; exit }')
    if [ -z "$val" ]; then
        say "  $label: printed no '$key' line"
        status=1
        echo n/a
        return
    fi
    echo "$val"
}

declare -A fig
say "running"
for name in yield spawn sleep_rss; do
    key=ns_per_op
    [ $name = sleep_rss ] && key=bytes_per_task
    fig[$name.asyncc]=$(measure $key "asyncc $name" "$(asyncc_exe bench_$name)")
    fig[$name.cpp]=$(measure $key "C++20 $name" "$build/bench-cpp/$name")
    fig[$name.py]=$(measure $key "asyncio $name" "$PYTHON" "$here/python/$name.py")
done

# ---- the table -------------------------------------------------------------
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        if (a == "n/a" || b == "n/a" || b + 0 <= 0) print "n/a";
        else printf "%.2f\n", a / b }'
}
# met A B: "met" when A <= B (numbers), "missed", or "n/a".
met() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        if (a == "n/a" || b == "n/a") print "n/a";
        else print (a + 0 <= b + 0) ? "met" : "missed" }'
}

row() {
    local name=$1 label=$2
    local a=${fig[$name.asyncc]} c=${fig[$name.cpp]} p=${fig[$name.py]}
    printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$a" "$c" "$p" \
        "$(ratio "$c" "$a")" "$(ratio "$p" "$a")"
}

echo
echo "$(uname -m), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null |
    sed 's/.*: //'), $(nproc) cores; $("$CXX" --version | head -n 1);" \
    "$("$PYTHON" --version 2>&1)"
echo
echo "| workload | asyncc | C++20 | asyncio | C++20/asyncc | asyncio/asyncc |"
echo "|---|---:|---:|---:|---:|---:|"
row yield "suspend+resume round trip, ns"
row spawn "spawn+join of a trivial task, ns"
row sleep_rss "RSS per sleeping task (100k), bytes"
echo
echo "Targets: suspend+resume no slower than C++20:" \
    "$(met "${fig[yield.asyncc]}" "${fig[yield.cpp]}");" \
    "spawn+join no slower than C++20:" \
    "$(met "${fig[spawn.asyncc]}" "${fig[spawn.cpp]}");" \
    "under 128 bytes per sleeping task:" \
    "$(met "${fig[sleep_rss.asyncc]}" 127.999)."
exit $status
