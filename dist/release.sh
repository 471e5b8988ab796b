#!/usr/bin/env bash
# Makes a release's files into target/dist/ from a clean tree, the version from Cargo.toml:
#   sister-letter_VERSION-1_amd64.deb           the Debian package (cargo-deb)
#   sister-letter-VERSION-x86_64-linux.tar.gz   the binary, its manual page and completions,
#                                               the README, the licences and the notices
#   SHA256SUMS                                  the checksums of both
# Both hold one binary, built here once, linked statically (glibc included) for x86-64
# Linux with the toolchain already installed: no target or toolchain is downloaded.
# It changes no tracked file, and uploads nothing.
#
# Usage: bash dist/release.sh
# Needs cargo-deb 3.8 (cargo install --locked cargo-deb --version 3.8.0) and `file`.
# The files' dates are the last commit's (SOURCE_DATE_EPOCH), so that the same commit
# gives the same .deb and tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "dist/release.sh: $*" >&2; exit 1; }

[[ -z $(git status --porcelain) ]] || fail "the tree is not clean (git status): commit or stash first"
command -v cargo-deb >/dev/null || fail "cargo-deb is missing: cargo install --locked cargo-deb --version 3.8.0"
command -v file >/dev/null || fail "file is missing: apt-get install file"

version=$(cargo pkgid | sed 's/.*[#@]//')
target_dir=$(cargo metadata --no-deps --format-version 1 --locked |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
[[ -n $version && -n $target_dir ]] || fail "cannot read the version or the target folder from cargo"
triple=x86_64-unknown-linux-gnu
bin=$target_dir/$triple/release/sister-letter
dist=$target_dir/dist
name=sister-letter-$version-x86_64-linux
# For the build too: rust-embed writes the time of each embedded file (letters/, words/)
# into the binary, the checkout's file times unless SOURCE_DATE_EPOCH is set.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}

echo "== the static binary ($triple, +crt-static)"
# RUSTFLAGS with --target reach only the program's own crates, not build scripts or
# proc-macros, which run here and stay dynamic.
RUSTFLAGS='-C target-feature=+crt-static' cargo build --release --locked --target "$triple"
linked=$(ldd "$bin" 2>&1 || true)
kind=$(file -b "$bin")
if [[ $linked == *"=>"* ]] || [[ $linked != *"not a dynamic executable"* && $linked != *"statically linked"* ]]; then
  fail "$bin loads shared libraries: $linked"
fi
[[ $kind == *"statically linked"* || $kind == *"static-pie linked"* ]] || fail "$bin is not static: $kind"
size=$(stat -c %s "$bin")
((size <= 11000000)) || fail "$bin is $size bytes, over the 11 MB limit"
echo "ldd: $(echo "$linked" | tr -d '\t')"
echo "file: $kind"

echo "== what it carries beside it"
bash dist/assets.sh "$bin"
assets=$(dirname "$bin")/assets

rm -rf "$dist"
mkdir -p "$dist"
echo "== the Debian package"
# The binary is already built, stripped (profile.release) and static.
cargo deb --no-build --no-strip --no-dbgsym --locked --target "$triple" -o "$dist/"

echo "== the tarball"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/complete"
cp "$bin" "$stage/$name/"
gzip -dc "$assets/sister-letter.1.gz" >"$stage/$name/sister-letter.1"
cp "$assets/sister-letter.bash" "$assets/_sister-letter" "$assets/sister-letter.fish" "$stage/$name/complete/"
cp README.md CHANGELOG.md LICENSE-MIT LICENSE-APACHE THIRD-PARTY-NOTICES.txt "$stage/$name/"
chmod -R u=rwX,go=rX "$stage/$name"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -cf - "$name" | gzip -9n >"$dist/$name.tar.gz"

(cd "$dist" && sha256sum -- *.deb "$name.tar.gz" >SHA256SUMS)
[[ -z $(git status --porcelain) ]] || fail "a tracked file changed while making the release: $(git status --porcelain)"

echo "== made in $dist"
(cd "$dist" && ls -l -- *.deb *.tar.gz SHA256SUMS | awk '{printf "%10d  %s\n", $5, $9}')
printf '%10d  %s\n' "$size" "the binary ($bin)"
