#!/usr/bin/env bash
# Start-up of the dynamically linked release binary against the static one (glibc linked
# in, as dist/release.sh builds it): instructions per run (callgrind) and the median time
# of RUNS runs each, alternating, for `--version` and for the French eml compose of
# bench/compose.sh. Both binaries come from the same source and the same release profile.
#
# Usage: bash bench/static.sh [RUNS]     (default 200)
# Needs bash 5 (EPOCHREALTIME) and valgrind. The first run builds both (a few minutes each).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
triple=x86_64-unknown-linux-gnu
cargo build --release --locked --quiet
# As dist/release.sh builds it (SOURCE_DATE_EPOCH included), so that it is the release's binary.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)} RUSTFLAGS='-C target-feature=+crt-static' \
  cargo build --release --locked --quiet --target "$triple"
target_dir=$(cargo metadata --no-deps --format-version 1 --locked |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
declare -A bin=([dynamic]=$target_dir/release/sister-letter [static]=$target_dir/$triple/release/sister-letter)
export SISTER_LETTER_NOW=2026-11-25T13:05:00Z
compose=(-n "Zoë Kraus-Müller" -l fr -f eml --from zoe@example.org)

for kind in dynamic static; do
  printf '%-8s %s: %s bytes; %s\n' "$kind" "${bin[$kind]}" "$(stat -c %s "${bin[$kind]}")" \
    "$(file -b "${bin[$kind]}" 2>/dev/null | grep -o '[a-z-]* linked' || echo '(no file command)')"
done

# Instructions, the whole process (the dynamic loader's work included).
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    grep -o 'Collected : [0-9]*' | awk '{print $3}'
}
if command -v valgrind >/dev/null; then
  for kind in dynamic static; do
    v=$(count "${bin[$kind]}" --version)
    c=$(count "${bin[$kind]}" "${compose[@]}")
    printf 'instructions, %-8s --version: %10d   eml compose: %10d\n' "$kind" "$v" "$c"
  done
else
  echo "valgrind is not installed: no instruction counts"
fi

# Wall time, alternating the four commands so that the machine's drift is shared.
elapsed() {
  local t0=${EPOCHREALTIME/./}
  "$@" >/dev/null 2>&1
  echo $((${EPOCHREALTIME/./} - t0))
}
declare -a dv sv dc sc
for ((i = 0; i < runs; i++)); do
  dv+=("$(elapsed "${bin[dynamic]}" --version)")
  sv+=("$(elapsed "${bin[static]}" --version)")
  dc+=("$(elapsed "${bin[dynamic]}" "${compose[@]}")")
  sc+=("$(elapsed "${bin[static]}" "${compose[@]}")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'median time (%d runs), dynamic / static: --version %d / %d µs; eml compose %d / %d µs\n' \
  "$runs" "$(median "${dv[@]}")" "$(median "${sv[@]}")" "$(median "${dc[@]}")" "$(median "${sc[@]}")"
