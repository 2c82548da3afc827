#!/usr/bin/env bash
# Installs what PerfOrch's sandboxed execution needs on Debian/Ubuntu: bubblewrap, and the toolchains and
# libraries the five benchmark languages use (no crates.io or Go proxy is assumed: Go and Rust libraries
# come from Debian packages). Idempotent: installs only what is missing and prints nothing when all is there.
set -euo pipefail

packages=(
  bubblewrap                          # the sandbox
  python3                             # Python programs and EffiBench-X evaluators
  python3-numpy                       # HumanEval-X's harness starts every Python program with "import numpy"
  g++ libssl-dev libboost-dev         # C++17; HumanEval-X includes <openssl/md5.h> and boost headers
  golang-go golang-github-stretchr-testify-dev   # Go and the testify package HumanEval-X Go tests import
  librust-rand-dev librust-regex-dev librust-md5-dev   # crates HumanEval-X Rust declarations use,
  librust-aho-corasick-dev librust-memchr-dev          # and what regex's default features need
)
# Rust itself: keep a rustup toolchain when there is one, else take Debian's.
if ! command -v cargo >/dev/null 2>&1 || ! command -v rustc >/dev/null 2>&1; then
  packages+=(rustc cargo)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-toolchains: not a Debian/Ubuntu system; please install: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-toolchains: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-toolchains: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
