#!/usr/bin/env bash
# The PDF engine (src/format/pdf/) on the campaign's three envelopes: the mayor of
# Limoges in French; the mayor of Icheon and the Icheon council, each a Korean copy then
# the French letter (5 pages, A4).
#
# (a) Instructions (callgrind) for one run of the test binary filtered to the ignored
#     test `bench_three_letters`, which renders the three envelopes once. Nothing is
#     subtracted: the count includes the test harness's start-up and exit.
# (b) Wall time, median of RUNS runs each, alternating: that test process against the
#     Typst compiler from PyPI (`pip install typst`) compiling the same letters, written
#     as a .typ file by the same test from the same sample data, in the same font files
#     (fonts/*.otf). Each Typst run is a `python3 -c "import typst; typst.compile(...)"`
#     process; the median of a bare `python3 -c "import typst"` is shown too.
# (c) The PDF's size.
#
# Usage: bash bench/pdf.sh [RUNS]    (default 21)
# Needs bash 5 (EPOCHREALTIME), valgrind, python3 with `pip install typst`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
test_name=format::pdf::tests::bench_three_letters

# The optimised test binary (cargo test --release uses the release profile's settings).
bin=$(cargo test --release -j1 --lib --no-run 2>&1 | sed -n 's/.*Executable unittests src\/lib.rs (\(.*\))/\1/p' | tail -1)
[[ -x $bin ]] || { echo "cannot find the test binary" >&2; exit 1; }
ours=("$bin" --exact "$test_name" --ignored --test-threads=1 -q)

SISTER_LETTER_PDF_OUT="$work/ours.pdf" SISTER_LETTER_TYP_OUT="$work/letters.typ" "${ours[@]}" >/dev/null
# Kept for a look: target/pdf-bench/{letters.typ,ours.pdf,typst.pdf}.
keep=target/pdf-bench
mkdir -p "$keep"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
ms() { # start end -> milliseconds
  awk -v s="$1" -v e="$2" 'BEGIN {printf "%.3f\n", (e - s) * 1000}'
}

echo "== (a) instructions"
if command -v valgrind >/dev/null; then
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "${ours[@]}" >/dev/null 2>"$work/valgrind.err"
  instructions=$(sed -n 's/^summary: //p; s/^totals: //p' "$work/callgrind.out" | head -1)
  printf 'callgrind: %s instructions (whole test process, nothing subtracted; target <= 30,000,000)\n' "$instructions"
else
  echo "valgrind is not installed: no instruction count"
fi

echo "== (b) wall time, median of $runs runs each"
typst_compile="import typst; typst.compile('$work/letters.typ', output='$work/typst.pdf', font_paths=['$PWD/fonts'], ignore_system_fonts=True)"
python3 -c "$typst_compile"
: >"$work/ours.ms"; : >"$work/typst.ms"; : >"$work/import.ms"
for ((i = 0; i < runs; i++)); do
  s=$EPOCHREALTIME; "${ours[@]}" >/dev/null; e=$EPOCHREALTIME; ms "$s" "$e" >>"$work/ours.ms"
  s=$EPOCHREALTIME; python3 -c "$typst_compile"; e=$EPOCHREALTIME; ms "$s" "$e" >>"$work/typst.ms"
  s=$EPOCHREALTIME; python3 -c "import typst"; e=$EPOCHREALTIME; ms "$s" "$e" >>"$work/import.ms"
done
ours_ms=$(median <"$work/ours.ms")
typst_ms=$(median <"$work/typst.ms")
import_ms=$(median <"$work/import.ms")
printf 'ours (test process, render + write):   %8.2f ms\n' "$ours_ms"
printf 'typst %s (python3 process):        %8.2f ms   (of which python3 -c "import typst": %.2f ms)\n' \
  "$(python3 -c 'import typst; print(typst.__version__)' 2>/dev/null || echo '?')" "$typst_ms" "$import_ms"
awk -v o="$ours_ms" -v t="$typst_ms" -v i="$import_ms" 'BEGIN {
  printf "ratio typst / ours: %.1fx (target >= 5x); without python'\''s import: %.1fx\n", t / o, (t - i) / o }'

cp "$work/letters.typ" "$work/ours.pdf" "$work/typst.pdf" "$keep/"
echo "== (d) the program itself, on the same three recipients (real letters, A4, French)"
cargo build --release -j1 -q
real=(target/release/sister-letter -n "Zoë Kraus-Müller" --city "Lyon, France" -l fr -f pdf --country FR
  --recipient limoges_mayor --recipient icheon_mayor --recipient icheon_council -o "$work/real.pdf")
export SISTER_LETTER_NOW=2026-11-25T13:05:00Z
if command -v valgrind >/dev/null; then
  rm -f "$work/real.pdf"
  valgrind --tool=callgrind --callgrind-out-file="$work/real.out" "${real[@]}" >/dev/null 2>&1
  printf 'callgrind, sister-letter -f pdf: %s instructions\n' "$(sed -n 's/^summary: //p; s/^totals: //p' "$work/real.out" | head -1)"
fi
: >"$work/real.ms"
for ((i = 0; i < runs; i++)); do
  rm -f "$work/real.pdf"
  s=$EPOCHREALTIME; "${real[@]}" >/dev/null 2>&1; e=$EPOCHREALTIME; ms "$s" "$e" >>"$work/real.ms"
done
printf 'median, sister-letter -f pdf: %.2f ms; %s bytes, %s pages\n' "$(median <"$work/real.ms")" \
  "$(wc -c <"$work/real.pdf")" "$(pdfinfo "$work/real.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')"

echo "== (c) size"
printf 'ours:  %s bytes, %s pages\n' "$(wc -c <"$work/ours.pdf")" "$(pdfinfo "$work/ours.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')"
printf 'typst: %s bytes, %s pages\n' "$(wc -c <"$work/typst.pdf")" "$(pdfinfo "$work/typst.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')"
