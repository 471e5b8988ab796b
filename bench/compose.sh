#!/usr/bin/env bash
# Times composing a French eml letter against envsubst filling the same body and, when it
# is installed, against Python's mailmerge --dry-run on the same letter. Runs alternate,
# and medians are compared. Then counts instructions per compose with callgrind.
#
# Usage: bash bench/compose.sh [RUNS]
# Needs bash 5 (EPOCHREALTIME), envsubst (gettext-base) and, for instruction counts,
# valgrind. For the mailmerge row: python3 -m venv V && V/bin/pip install mailmerge, then
# PATH=V/bin:$PATH bash bench/compose.sh.
# Timing reads bash's own clock: forking `date` around each run would add ~1 ms to both
# sides and push every ratio towards 1.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
cargo build --release --quiet
bin=target/release/sister-letter
export SISTER_LETTER_NOW=2026-11-25T13:05:00Z
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="Zoë Kraus-Müller"
from=zoe@example.org
compose=("$bin" -n "$name" -l fr -f eml --from "$from")

# The same letter as an envsubst template, the name left as a variable.
"$bin" -n '${NAME}' -l fr -p body 2>/dev/null >"$work/letter.txt"
export NAME="$name"

# The same letter as a mailmerge template (Jinja2), and a database of one row.
mailmerge=$(command -v mailmerge || true)
if [[ -n $mailmerge ]]; then
  {
    echo "TO: {{email}}"
    echo "SUBJECT: $("$bin" -n '{{name}}' -l fr -p subject 2>/dev/null)"
    echo "FROM: {{name}} <$from>"
    echo
    "$bin" -n '{{name}}' -l fr -p body 2>/dev/null
  } >"$work/mm-template.txt"
  printf 'email,name\nnobody@example.org,"%s"\n' "$name" >"$work/mm-database.csv"
  printf '[smtp_server]\nhost = 127.0.0.1\nport = 25\n' >"$work/mm-server.conf"
fi

# Runs a command with stdout and stderr discarded; prints the microseconds it took.
elapsed() {
  local t0=${EPOCHREALTIME/./}
  "$@" >/dev/null 2>&1
  echo $((${EPOCHREALTIME/./} - t0))
}
declare -a ours envsubst_ us_version mm
for ((i = 0; i < runs; i++)); do
  ours+=("$(elapsed "${compose[@]}")")
  envsubst_+=("$(elapsed envsubst <"$work/letter.txt")")
  us_version+=("$(elapsed "$bin" --version)")
  if [[ -n $mailmerge ]] && ((i < 30)); then
    mm+=("$(elapsed "$mailmerge" --template "$work/mm-template.txt" \
      --database "$work/mm-database.csv" --config "$work/mm-server.conf" \
      --dry-run --output-format raw)")
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mo=$(median "${ours[@]}")
me=$(median "${envsubst_[@]}")
mv=$(median "${us_version[@]}")
echo "median sister-letter eml: ${mo} µs; envsubst: ${me} µs; sister-letter --version: ${mv} µs ($runs runs each)"
echo "ratio sister-letter / envsubst: $(ratio "$mo" "$me")"
echo "ratio sister-letter --version / envsubst (start-up alone): $(ratio "$mv" "$me")"
if [[ -n $mailmerge ]]; then
  mm_median=$(median "${mm[@]}")
  echo "median mailmerge --dry-run: ${mm_median} µs (${#mm[@]} runs)"
  echo "ratio sister-letter / mailmerge: $(ratio "$mo" "$mm_median")"
else
  echo "mailmerge: not installed, skipped"
fi

if command -v valgrind >/dev/null 2>&1; then
  count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
      grep -o 'Collected : [0-9]*' | awk '{print $3}'
  }
  echo "instructions per compose: $(count "${compose[@]}")"
  # The program's own words (here three warnings) in the letter's language, read from
  # its Fluent files: the same count whatever the locale.
  echo "instructions per compose, LANG=fr_FR.UTF-8: $(LANG=fr_FR.UTF-8 count "${compose[@]}")"
  # A German letter on a campaign of its own (a test fixture): its words, its dates and
  # its country names come from the bundled letter words and CLDR, as a new city pair's do.
  german=("$bin" --letters tests/fixtures/ansan-aachen -n "$name" -l de -f eml --from "$from")
  echo "instructions per German compose (tests/fixtures/ansan-aachen): $(count "${german[@]}")"
  echo "instructions per envsubst: $(count envsubst <"$work/letter.txt")"
  echo "instructions per sister-letter --version: $(count "$bin" --version)"
fi
ls -l "$bin" | awk '{printf "release binary: %.1f MB\n", $5 / 1000000}'
