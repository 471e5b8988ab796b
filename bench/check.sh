#!/usr/bin/env bash
# How `check` grows with the number of recipients: the bundled campaign with 1,000 to
# 8,000 more recipients (8,000 is about the most a 1 MiB campaign.toml holds), timed
# with the release binary, median of RUNS runs each. Linear growth doubles the time
# when the recipients double.
#
# Usage: bash bench/check.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
cargo build --release --quiet
bin=$PWD/target/release/sister-letter
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 1000 2000 4000 8000; do
  dir=$work/campaign-$n
  cp -r letters/icheon-limoges "$dir"
  for ((i = 0; i < n; i++)); do
    printf '\n[[recipient]]\nid = "extra_%d"\nsend = "cc"\noffice = "Office %d"\nsource = "generated"\nchecked = 2026-11-01\n' "$i" "$i"
  done >>"$dir/campaign.toml"
  times=()
  for ((r = 0; r < runs; r++)); do
    start=$EPOCHREALTIME
    "$bin" check "$dir" >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    times+=("$(echo "($end - $start) * 1000" | bc)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  printf 'recipients +%5d: %8.1f ms (median of %d)\n' "$n" "$median" "$runs"
done
