#!/usr/bin/env bash
# Writes src/locale/data/: the CLDR data (CLDR 49, through ICU4X 2.4.0 and
# icu_experimental 0.7.0) that sister-letter carries, for a subset of locales, as Rust
# that src/locale/mod.rs includes. All locales' data would not fit the binary's size
# budget (see bench/README.md). Run it again after changing LOCALES below (keep
# `locale::LOCALES` in src/locale/mod.rs the same) or the ICU4X versions (keep
# dist/cldr/export/Cargo.toml's pins the same as Cargo.toml's).
#
# The data are re-exported from ICU4X's own compiled data, which holds every locale:
# no download besides the crates. The output is committed; a build does not run this.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The locales, and with each its ancestors (`de-AT` brings `de` and the root).
LOCALES=(en en-001 en-US en-GB en-CA en-AU fr fr-CA ko de de-AT de-CH es it cs)

out=src/locale/data
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}/cldr-export"
cargo run --quiet --release --manifest-path dist/cldr/export/Cargo.toml -- "$out" "${LOCALES[@]}"
# ICU4X 2.4.0 writes this path wrongly in singleton data; it does not compile.
grep -rl 'collections::BtreeSet' "$out" | xargs --no-run-if-empty sed -i 's/collections::BtreeSet/collections::BTreeSet/g'
du -sh "$out"
