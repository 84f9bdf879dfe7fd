#!/bin/sh
# Debugging a transformed program with gdb: usage gdb_check.sh GDB PROGRAM
# SOURCE. Every line of SOURCE maps to the user's code only (asyncc's glue
# sits on the async function's declaration line); a breakpoint after an
# await stops there with the frame's locals readable as ac_fr->NAME; and
# a backtrace names lines of SOURCE that exist. Exits 77 (skipped) when
# gdb cannot trace processes here (a container without ptrace).
set -u
gdb=$1 prog=$2 src=$3
name=$(basename "$src")
fail() { echo "FAIL: $*"; exit 1; }
run_gdb() { "$gdb" -nx -q -batch "$@" "$prog" 2>&1; }

probe=$(run_gdb -ex run)
case $probe in
*"exited normally"*) ;;
*ptrace*|*"Operation not permitted"*) echo "gdb cannot trace here: $probe"
    exit 77 ;;
*) fail "the program does not run under gdb: $probe" ;;
esac

line_of() { grep -n "$1" "$src" | head -n 1 | cut -d: -f1; }
nlines=$(wc -l < "$src")

# 1. Breakpoints on every line: glue only on a declaration with `async`.
set --
i=1
while [ "$i" -le "$nlines" ]; do
    set -- "$@" -ex "break $name:$i"
    i=$((i + 1))
done
locations=$(run_gdb "$@" -ex "info breakpoints")
glue=$(printf '%s\n' "$locations" |
    grep -E ' in [A-Za-z_0-9]*(__ac_(init|await|spawn|run)|ac_pcall_)' |
    sed -n 's/.* at .*:\([0-9]*\)$/\1/p' | sort -un)
for l in $glue; do
    sed -n "${l}p" "$src" | grep -q async ||
        fail "line $l ($(sed -n "${l}p" "$src")) has glue: $locations"
done
[ -n "$glue" ] || fail "no glue found on the declaration lines: $locations"

# 2. Stop after an await, on the second call: locals in the frame.
after=$(line_of "after-await")
out=$(run_gdb -ex "break $name:$after" -ex run -ex continue \
    -ex "print ac_fr->r" -ex "print ac_fr->v" -ex bt)
printf '%s\n' "$out" | grep -q "twice__ac_resume .* at .*$name:$after" ||
    fail "no stop at line $after: $out"
printf '%s\n' "$out" | grep -q '^\$1 = 0$' ||
    fail "ac_fr->r after the second stop is not 0 (step(0) then twice(0)): $out"
printf '%s\n' "$out" | grep -q '^\$2 = 0$' || fail "ac_fr->v is not 0: $out"

# 3. Every line a backtrace names exists in SOURCE.
for l in $(printf '%s\n' "$out" | sed -n "s/.* at .*$name:\([0-9]*\)$/\1/p"); do
    [ "$l" -le "$nlines" ] || fail "backtrace names line $l of $nlines: $out"
done

# 4. In the loop: a C local of the resume function and a frame local.
loop=$(line_of "in-loop")
out=$(run_gdb -ex "break $name:$loop" -ex run -ex continue \
    -ex "print got" -ex "print ac_fr->total" -ex "print ac_fr->i")
printf '%s\n' "$out" | grep -q "amain__ac_resume .* at .*$name:$loop" ||
    fail "no stop at line $loop: $out"
printf '%s\n' "$out" | grep -q '^\$1 = 6$' || fail "got is not 3 + 3: $out"
printf '%s\n' "$out" | grep -q '^\$2 = 2$' || fail "total is not 1 + 1: $out"
printf '%s\n' "$out" | grep -q '^\$3 = 1$' || fail "i is not 1: $out"
echo "ok: breakpoints, frame locals and backtraces name $name's lines"
