#!/usr/bin/env bash
# Times composing a French eml letter against envsubst filling the same body, alternating
# runs, and prints the median ratio; counts instructions per compose with callgrind.
# Usage: bash bench/compose.sh [RUNS]   (needs gettext-base for envsubst, valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
cargo build --release --quiet
bin=target/release/sister-letter
export SISTER_LETTER_NOW=2026-11-25T13:05:00Z
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same body as a shell template: the letter with the name as a variable.
"$bin" -n '${NAME}' -l fr -p body 2>/dev/null > "$work/letter.txt"
export NAME="Zoë Kraus-Müller"

ns() { date +%s%N; }
declare -a ours theirs
for ((i = 0; i < runs; i++)); do
  t0=$(ns); "$bin" -n "$NAME" -l fr -f eml --from zoe@example.org >/dev/null 2>&1; t1=$(ns)
  envsubst < "$work/letter.txt" >/dev/null; t2=$(ns)
  ours+=($((t1 - t0))); theirs+=($((t2 - t1)))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mo=$(median "${ours[@]}"); mt=$(median "${theirs[@]}")
echo "median sister-letter eml: $((mo / 1000)) µs; envsubst: $((mt / 1000)) µs"
awk -v a="$mo" -v b="$mt" 'BEGIN { printf "ratio sister-letter / envsubst: %.2f\n", a / b }'

if command -v valgrind >/dev/null 2>&1; then
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
    "$bin" -n "$NAME" -l fr -f eml --from zoe@example.org >/dev/null 2>"$work/cg.err"
  grep -o 'Collected : [0-9]*' "$work/cg.err" | awk '{printf "instructions per compose: %d\n", $3}'
fi
ls -l "$bin" | awk '{printf "release binary: %.1f MB\n", $5 / 1000000}'
