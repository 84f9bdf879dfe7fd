#!/bin/sh
# Builds the libFuzzer target with clang (ASan+UBSan+libFuzzer; Debian's
# clang-19 and libclang-rt-19-dev) and fuzzes the tool's front end for
# SECONDS (default 600) from a seed corpus of every async-C file in the
# tree. Findings land in tests/fuzz/findings/.
#   tests/fuzz/run.sh [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
out=${FUZZ_BUILD:-/tmp/asyncc-fuzz}
seconds=${1:-600}
mkdir -p "$out/corpus" "$here/findings"
lua_cflags=$(pkg-config --cflags lua5.4)
lua_libs=$(pkg-config --libs lua5.4)
llvm=$(llvm-config-19 --prefix)
cmake -DINPUT="$top/tool/templates/c.lua" -DOUTPUT="$out/template_c_lua.c" \
      -DSYMBOL=asyncc_template_c_lua -P "$top/cmake/embed.cmake"
clang-19 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -std=c11 \
    -I"$top/tool/src" -I"$llvm/include" $lua_cflags \
    -DASYNCC_INCLUDE_DIR="\"$top/runtime/include\"" \
    "$here/fuzz_frontend.c" $(ls "$top"/tool/src/*.c | grep -v '/main\.c$') \
    "$out/template_c_lua.c" -L"$llvm/lib" -lclang -Wl,-rpath,"$llvm/lib" \
    $lua_libs -o "$out/fuzz_frontend"
# Seeds: every async-C file but the hostile inputs that cost on purpose:
# one overflows the stack (the driver's stack guard turns that into a
# diagnostic; this target has no guard, so that any other overflow is a
# finding), two run into the expansion limits after seconds.
find "$top/tests" "$top/examples" -name '*.ac.c' \
    ! -name deep_unary_chain.ac.c ! -name await_explosion.ac.c \
    ! -name expansion_growth.ac.c -exec cp {} "$out/corpus/" \;
cd "$here/findings"
ASAN_OPTIONS=detect_leaks=1 "$out/fuzz_frontend" "$out/corpus" \
    -max_total_time="$seconds" -max_len=4096 -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 2>"$out/fuzz.log" || true
tail -n 20 "$out/fuzz.log"
