#!/bin/sh
# SPEC §4: `cmake --install` gives a user the tool, the library, the
# header, a CMake package and a pkg-config file. Installs BUILD_DIR into a
# scratch prefix, then builds hello.ac.c as a user would, from a Makefile
# (asyncc, then cc with pkg-config) and with find_package(asyncc), and
# runs both.   usage: check.sh BUILD_DIR SCRATCH_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$1 scratch=$2
rm -rf "$scratch"
mkdir -p "$scratch"
prefix=$scratch/prefix
cmake --install "$build" --prefix "$prefix" > "$scratch/install.log"
expected='hello, pkg-config
hello, find_package
2 greetings'

check_run() {
    out=$("$1") || { echo "FAIL: $1 exited $?"; exit 1; }
    [ "$out" = "$expected" ] || { echo "FAIL: $1 printed:"; echo "$out"; exit 1; }
}

# A Makefile user: the installed tool finds its own header.
PKG_CONFIG_PATH=$prefix/lib/pkgconfig
export PKG_CONFIG_PATH
"$prefix/bin/asyncc" "$here/hello.ac.c" -o "$scratch/hello.c"
cc -std=c11 -Wall -Wextra -Werror "$scratch/hello.c" \
    $(pkg-config --cflags --libs asyncc) -o "$scratch/hello_pc"
check_run "$scratch/hello_pc"

# A CMake user.
cmake -S "$here/project" -B "$scratch/project" \
    -DCMAKE_PREFIX_PATH="$prefix" -DHELLO_SOURCE="$here/hello.ac.c" \
    > "$scratch/configure.log"
cmake --build "$scratch/project" > "$scratch/build.log"
check_run "$scratch/project/hello"
echo "ok: pkg-config and find_package builds run"
