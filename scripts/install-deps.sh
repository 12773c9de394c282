#!/usr/bin/env bash
# Installs what building and testing Taipan needs on Debian 12, skipping what
# is already there: LLVM 16 (with the static libraries inkwell links), Boehm GC,
# a C compiler for linking, and python3 (the tests' oracle, and the CPython that
# tier 3 embeds, with its shared libpython).
set -euo pipefail

packages=(llvm-16-dev libpolly-16-dev libzstd-dev zlib1g-dev libgc-dev gcc)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ! command -v python3 >/dev/null 2>&1; then
    missing+=(python3 python3-dev)
elif ! python3 -c "import os, sysconfig; libdir = sysconfig.get_config_var('LIBDIR') or ''; raise SystemExit(not os.path.exists(os.path.join(libdir, 'libpython' + sysconfig.get_config_var('LDVERSION') + '.so')))"; then
    # Tier 3 links the executables that need it against python3's shared
    # libpython; Debian's python3 has it in python3-dev.
    missing+=(python3-dev)
fi
if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing: ${missing[*]}"
    sudo_prefix=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo_prefix="sudo"
    fi
    $sudo_prefix apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_prefix apt-get install -y -qq "${missing[@]}"
fi
if ! command -v cargo >/dev/null 2>&1; then
    echo "error: cargo is not installed; install Rust with rustup (https://rustup.rs) first" >&2
    exit 1
fi
