#!/usr/bin/env bash
# Coverage-guided fuzzing of the engine's entry points (fuzz/fuzz_targets/): `check`, `html`,
# `normalize`, `pack`, `jsonl`, `settings`. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Installs cargo-fuzz from crates.io when it is missing; libFuzzer is built from source by
# the libfuzzer-sys crate, on the stable toolchain (no sanitizer: Rust code is memory-safe
# and the targets check the engine's own invariants with asserts).
# Inputs that grow coverage go to fuzz/corpus/<target> (not committed); the committed seeds
# are fuzz/seeds/<target>. A crash or a timeout (one input taking over 10 s) fails the run
# and leaves the input in fuzz/artifacts/<target>/: make it a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then TARGETS=(check normalize jsonl pack html settings); fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --version 0.13.2 --locked
fi
cd fuzz
# Build every target once (a build error stops here), then run the binaries themselves, so
# that editing the project while a long run goes on cannot change or break it.
cargo fuzz build --sanitizer none -O
triple="$(rustc -vV | sed -n 's/^host: //p')"
for t in "${TARGETS[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    echo "== fuzz $t for ${SECONDS_PER_TARGET}s"
    status=0
    "target/$triple/release/$t" "corpus/$t" "seeds/$t" \
        -artifact_prefix="artifacts/$t/" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 \
        -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 > "artifacts/$t.log" 2>&1 || status=$?
    grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)" "artifacts/$t.log" || true
    if [ "$status" -ne 0 ] || ls "artifacts/$t"/crash-* "artifacts/$t"/timeout-* "artifacts/$t"/oom-* >/dev/null 2>&1; then
        tail -n 30 "artifacts/$t.log" >&2
        echo "fuzz $t: failed (exit $status); failing inputs in fuzz/artifacts/$t" >&2
        exit 1
    fi
done
