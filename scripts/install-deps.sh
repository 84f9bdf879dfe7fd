#!/bin/sh
# Installs the Debian 12 packages asyncc needs to build and test, if any
# is missing. Runs apt-get as root, or through sudo.
set -eu
pkgs="cmake make gcc g++ pkg-config python3 clang-19 libclang-19-dev
      llvm-19-dev liblua5.4-dev libuv1-dev libcriterion-dev gdb"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
