#!/usr/bin/env bash
# Cuts the fonts embedded in the PDF letters (src/format/pdf/) out of Noto Sans CJK KR.
#
# Source: Noto Sans CJK (SIL Open Font License 1.1, © 2014-2021 Adobe), as shipped by
# Debian's package `fonts-noto-cjk`:
#   /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc  font number 1 = "Noto Sans CJK KR"
#   /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc     font number 1 = "Noto Sans CJK KR Bold"
# (the font numbers are checked below with fontTools before cutting).
#
# Rerun:  apt-get install -y fonts-noto-cjk && pip install fonttools && bash fonts/subset.sh
#
# Kept: Basic Latin, Latin-1, Latin Extended-A (French, English, the names of most
# European languages), the punctuation French and Korean letters use (« » ’ … – — € and
# the no-break spaces), and the 2,350 Hangul syllables of KS X 1001 (those Python encodes
# as 'euc_kr' in two bytes). Hinting is dropped (the PDF is printed); the name table and
# the OpenType layout tables for kerning stay.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/unicodes.txt" <<'PY'
import sys
cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
cps |= {0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D,
        0x201E, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x202F, 0x2009,
        0x200A, 0x2007, 0x2008, 0x20AC, 0x2116, 0x2122, 0x02BC, 0x02C6, 0x02DC, 0x2212,
        0x00B7, 0x3001, 0x3002, 0x300C, 0x300D, 0x300E, 0x300F, 0x3008, 0x3009, 0x300A, 0x300B,
        0x203B, 0x2192, 0x00D7}
hangul = 0
for cp in range(0xAC00, 0xD7A4):
    try:
        encoded = chr(cp).encode('euc_kr')
    except UnicodeEncodeError:
        continue
    # Python spells the other syllables as KS X 1001 make-up sequences (8 bytes):
    # only the 2-byte codes are the 2,350 syllables of the standard's table.
    if len(encoded) != 2:
        continue
    cps.add(cp)
    hangul += 1
assert hangul == 2350, hangul
with open(sys.argv[1], 'w') as f:
    f.write(','.join('U+%04X' % c for c in sorted(cps)))
PY

check_kr() {
  python3 - "$1" <<'PY'
import sys
from fontTools.ttLib import TTFont
name = TTFont(sys.argv[1], fontNumber=1, lazy=True)['name'].getDebugName(4)
assert name.startswith('Noto Sans CJK KR'), name
PY
}

cut() { # source.ttc output.otf
  check_kr "$1"
  pyftsubset "$1" --font-number=1 --unicodes-file="$work/unicodes.txt" \
    --layout-features='kern,liga,ccmp,locl' --no-hinting \
    --name-IDs='*' --name-languages='*' --output-file="$2"
}

cut "$src/NotoSansCJK-Regular.ttc" "$here/NotoSansCJKkr-Regular-subset.otf"
cut "$src/NotoSansCJK-Bold.ttc" "$here/NotoSansCJKkr-Bold-subset.otf"
ls -l "$here"/*.otf
