#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 300), one after the other, on one core.
#   bash fuzz/run.sh [SECONDS]
# Needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz). Crashes land in
# fuzz/artifacts/<target>/; the summary of each run in fuzz/logs/<target>.log.
set -uo pipefail
cd "$(dirname "$0")"
secs="${1:-300}"
mkdir -p logs
for target in import_json rrule query render; do
  mkdir -p "corpus/$target"
  start=$(date +%s)
  cargo +nightly fuzz run "$target" "corpus/$target" -- -max_total_time="$secs" -rss_limit_mb=4096 -timeout=10 \
    > "logs/$target.log" 2>&1
  status=$?
  end=$(date +%s)
  runs=$(grep -Eo '^#[0-9]+' "logs/$target.log" | tail -1)
  echo "$target: exit $status after $((end - start)) s, $runs executions, corpus $(ls "corpus/$target" | wc -l) inputs"
done
