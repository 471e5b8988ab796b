#!/usr/bin/env bash
# Writes THIRD-PARTY-NOTICES.txt: the licence of every crate in the binary, from
# Cargo.lock by cargo-about (dist/about.toml, dist/notices.hbs), then the fonts' licence
# (fonts/OFL.txt). With --check it writes nothing and fails when the committed file is
# not what it would write, or when a crate of the binary is missing from it.
#
# Usage: bash dist/notices.sh [--check]
# Needs cargo-about 0.9.3: cargo install --locked cargo-about --version 0.9.3 --features cli
# It reads the licence files of the crates as cargo downloaded them (cargo fetch), and
# nothing else from the network (--frozen).
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[[ ${1:-} == --check ]] && check=true
notices=THIRD-PARTY-NOTICES.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo fetch --locked --quiet
cargo about generate --frozen --fail -c dist/about.toml dist/notices.hbs -o "$work/crates.txt" 2>"$work/about.log" ||
  { cat "$work/about.log" >&2; exit 1; }
{
  cat "$work/crates.txt"
  printf '\n%s\n' "------------------------------------------------------------------------------------------"
  printf 'SIL Open Font License 1.1, for the fonts built into the program (fonts/):\n'
  printf '    Noto Sans CJK KR Regular and Bold, cut to a subset by fonts/subset.sh\n\n'
  cat fonts/OFL.txt
} >"$work/$notices"

# Every crate the binary is built from (cargo's own view of the graph), by name and version.
cargo tree --locked --target x86_64-unknown-linux-gnu -e normal --prefix none |
  sed 's/ (\*)$//; s/ (proc-macro)$//' | awk '$1 != "sister-letter" {print $1 " " substr($2, 2)}' |
  sort -u >"$work/binary.txt"
grep -E '^    [A-Za-z0-9_-]+ [0-9]' "$work/$notices" | awk '{print $1 " " $2}' | sort -u >"$work/listed.txt"
if ! diff -u "$work/binary.txt" "$work/listed.txt" >"$work/missing.diff"; then
  echo "dist/notices.sh: the notices do not list the crates of the binary (- missing, + extra):" >&2
  cat "$work/missing.diff" >&2
  exit 1
fi

if $check; then
  if ! diff -u "$notices" "$work/$notices" >"$work/stale.diff"; then
    head -40 "$work/stale.diff" >&2
    echo "dist/notices.sh: $notices is not current; run bash dist/notices.sh and commit it" >&2
    exit 1
  fi
  echo "$notices is current: $(wc -l <"$work/binary.txt") crates and the fonts"
else
  cp "$work/$notices" "$notices"
  echo "wrote $notices: $(wc -l <"$work/binary.txt") crates and the fonts"
fi
