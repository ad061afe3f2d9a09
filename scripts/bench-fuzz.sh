#!/usr/bin/env bash
# Bench (not a test): a million inputs through each format the app opens, with the sanitisers on.
# Prints runs, time and coverage per format. Usage: scripts/bench-fuzz.sh [runs] (after make test)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/native/tests/fuzz_formats
[[ -x $bin ]] || { echo "build the fuzzer first (make native)" >&2; exit 1; }
runs=${1:-1000000}
declare -A seeds=([enrollment]=tests/data/enrollments [case_book]=tests/data/casebooks
                  [workspace]=tests/data/workspaces [program]=assets/program)
for format in enrollment case_book workspace program; do
  corpus=build/native/tests/fuzz_corpus/$format
  mkdir -p "$corpus"
  start=$(date +%s)
  log=$(LN_FUZZ_FORMAT=$format ASAN_OPTIONS=detect_leaks=1 "$bin" -runs="$runs" -max_len=8192 -timeout=5 \
        -print_final_stats=1 "$corpus" "${seeds[$format]}" 2>&1) || { echo "$log" | tail -30; exit 1; }
  end=$(date +%s)
  done_line=$(grep -m1 -E '^#[0-9]+[[:space:]]+DONE' <<<"$log" || true)
  printf '%-11s %8s inputs in %4d s  %s\n' "$format" "$(grep -oP 'number_of_executed_units: *\K[0-9]+' <<<"$log")" \
         $((end - start)) "$(grep -oP 'cov: *[0-9]+ ft: *[0-9]+' <<<"$done_line")"
done
