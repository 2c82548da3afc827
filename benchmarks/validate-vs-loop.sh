#!/usr/bin/env bash
# Benchmark: `perforch validate` on every HumanEval-X reference solution, against a plain sequential shell
# loop that compiles and runs the very same programs (written by `validate --write-programs`) with the same
# toolchains, measured in the same run on the same machine. Prints wall times and ratios per language:
#   cold  = PerfOrch with an empty cache (build cache, result cache, Rust/Go/C++ dependency caches and
#           the sandbox supervisor), per language and for one run over all languages
#   warm  = the same command again, served from the content-hash cache
# The loop is what a simple harness does: one compiler process per program, no sandbox, one at a time.
# Its Go builds use Go's own build cache and its Rust builds reuse one cargo project, so both keep
# their toolchain's usual caching; the loop starts cold too.
#
# Usage: benchmarks/validate-vs-loop.sh [HUMANEVAL_X_DIR] [LANGUAGES]
#   defaults: ../shared/datasets/humaneval-x  python,java,cpp,go,rust
# Takes a while (the loop alone is tens of minutes for all five languages on 2 cores).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(cd "${1:-$root/../shared/datasets/humaneval-x}" && pwd)"
languages="${2:-python,java,cpp,go,rust}"
work="$(mktemp -d /var/tmp/perforch-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

"$root/perforch" --version >/dev/null   # builds the jar first, outside the timings
perforch() { java -jar "$root/pipelines/target/perforch.jar" "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
add() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }

perforch validate --dataset humaneval-x --path "$data" --languages "$languages" \
  --write-programs "$work/programs" >/dev/null

# Baseline runners: compile (where needed) and run one program in its own folder; failures are counted.
loop_python() { /usr/bin/python3 main.py; }
loop_java()   { javac -d out Main.java && java -cp out Main; }
loop_cpp()    { local libs=(); grep -q '<openssl/' main.cpp && libs=(-lcrypto)
                g++ -std=c++17 -O2 -o main main.cpp "${libs[@]}" && ./main; }
loop_go()     { GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$work/go-build" CGO_ENABLED=0 \
                go test -count=1 main_test.go; }
rust_project() {
  mkdir -p "$work/cargo/src" "$work/cargo/.cargo"
  cat >"$work/cargo/Cargo.toml" <<'TOML'
[package]
name = "humaneval"
version = "0.1.0"
edition = "2021"
[dependencies]
rand = "0.8"
regex = "1"
md5 = "0.7"
TOML
  cat >"$work/cargo/.cargo/config.toml" <<'TOML'
[source.crates-io]
replace-with = "debian"
[source.debian]
directory = "/usr/share/cargo/registry"
[net]
offline = true
TOML
}
loop_rust()   { cp main.rs "$work/cargo/src/main.rs" && (cd "$work/cargo" && cargo test --release -q 2>&1); }

printf '%-8s %8s %10s %8s %10s %8s %7s\n' language programs "loop s" "cold s" "cold/loop" "warm s" "warm/loop"
total_loop=0; total_cold=0; total_warm=0
for language in ${languages//,/ }; do
  programs=("$work/programs/$language"/*/)
  [ "$language" = rust ] && rust_project
  failed=0
  start=$(now)
  for dir in "${programs[@]}"; do
    (cd "$dir" && "loop_$language" >/dev/null 2>&1) || failed=$((failed + 1))
  done
  loop=$(elapsed "$start" "$(now)")

  export PERFORCH_CACHE="$work/cache-$language"
  start=$(now)
  perforch validate --dataset humaneval-x --path "$data" --languages "$language" >"$work/cold-$language.txt" 2>&1
  cold=$(elapsed "$start" "$(now)")
  start=$(now)
  perforch validate --dataset humaneval-x --path "$data" --languages "$language" >"$work/warm-$language.txt" 2>&1
  warm=$(elapsed "$start" "$(now)")
  unset PERFORCH_CACHE

  printf '%-8s %8d %10.1f %8.1f %10.3f %8.1f %7.3f   (loop failures: %d)\n' "$language" "${#programs[@]}" \
    "$loop" "$cold" "$(div "$cold" "$loop")" "$warm" "$(div "$warm" "$loop")" "$failed"
  total_loop=$(add "$total_loop" "$loop"); total_cold=$(add "$total_cold" "$cold")
  total_warm=$(add "$total_warm" "$warm")
done
printf '%-8s %8s %10.1f %8.1f %10.3f %8.1f %7.3f   (sum of the rows)\n' sum "" "$total_loop" "$total_cold" \
  "$(div "$total_cold" "$total_loop")" "$total_warm" "$(div "$total_warm" "$total_loop")"

# What a user runs: one validate over all the languages, cold, then again. The rows above pay the JVM's
# start, the supervisor's compile and the dataset load once per language; this pays them once.
export PERFORCH_CACHE="$work/cache-all"
start=$(now)
perforch validate --dataset humaneval-x --path "$data" --languages "$languages" >"$work/cold-all.txt" 2>&1
cold=$(elapsed "$start" "$(now)")
start=$(now)
perforch validate --dataset humaneval-x --path "$data" --languages "$languages" >"$work/warm-all.txt" 2>&1
warm=$(elapsed "$start" "$(now)")
unset PERFORCH_CACHE
printf '%-8s %8s %10.1f %8.1f %10.3f %8.1f %7.3f   (one validate run over all languages)\n' overall "" \
  "$total_loop" "$cold" "$(div "$cold" "$total_loop")" "$warm" "$(div "$warm" "$total_loop")"
echo "cores: $(nproc); PerfOrch workers: default (one per core)"
