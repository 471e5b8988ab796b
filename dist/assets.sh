#!/usr/bin/env bash
# Writes what the Debian package and the tarball carry beside the binary, into the
# folder `assets/` next to the binary given: the manual page (gzipped) and the bash, zsh and fish
# completions, which the binary itself generates, and the Debian `copyright` file (the
# program's licences, then THIRD-PARTY-NOTICES.txt).
#
# Usage: bash dist/assets.sh BINARY       e.g. target/release/sister-letter
# cargo-deb reads these files as target/release/assets/... (see [package.metadata.deb]
# in Cargo.toml), a path it maps to the folder of the binary it packages.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: bash dist/assets.sh BINARY}
[[ -x $bin ]] || { echo "dist/assets.sh: $bin is not a program" >&2; exit 1; }
out=$(dirname "$bin")/assets
rm -rf "$out"
mkdir -p "$out"

# No settings, campaign folder or locale of this machine may change what is generated.
generate() { env -i PATH=/usr/bin:/bin HOME=/nonexistent "$bin" "$@"; }
# gzip -n: no name or time in the header, so the same page gives the same bytes.
generate man | gzip -9n >"$out/sister-letter.1.gz"
generate completions bash >"$out/sister-letter.bash"
generate completions zsh >"$out/_sister-letter"
generate completions fish >"$out/sister-letter.fish"

{
  cat <<'TEXT'
sister-letter: compose a personal letter for a sister-city advocacy campaign.

Copyright: the sister-letter authors
License: MIT OR Apache-2.0, at your option. Both texts follow.

The program is built from third-party Rust crates and carries fonts (Noto Sans CJK KR,
cut to a subset); their licences follow the program's own, as THIRD-PARTY-NOTICES.txt.

TEXT
  for file in LICENSE-MIT LICENSE-APACHE THIRD-PARTY-NOTICES.txt; do
    printf '==========================================================================================\n'
    printf '%s\n' "$file"
    printf '==========================================================================================\n\n'
    cat "$file"
    printf '\n'
  done
} >"$out/copyright"
echo "wrote $out: $(cd "$out" && echo *)"
