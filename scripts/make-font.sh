#!/usr/bin/env bash
# Subsets Debian's Noto Sans (fonts-noto-core) to what Norwegian text needs: Basic Latin, Latin-1
# (æøå, « », the no-break space), Latin Extended-A, General Punctuation (– — … ‘ ’ “ ”, the narrow
# no-break space) and the euro and krone-adjacent signs. Usage: make-font.sh SRC.ttf OUT.ttf
set -euo pipefail
src=${1:?usage: make-font.sh SRC.ttf OUT.ttf}
out=${2:?usage: make-font.sh SRC.ttf OUT.ttf}
[[ -f $src ]] || { echo "make-font: $src is missing (apt-get install fonts-noto-core)" >&2; exit 1; }
command -v pyftsubset >/dev/null || { echo "make-font: pyftsubset is missing (apt-get install fonttools)" >&2; exit 1; }
# Debian's pyftsubset runs with /usr/bin/python3, whatever python3 comes first on PATH.
/usr/bin/python3 /usr/bin/pyftsubset "$src" --output-file="$out.tmp" \
  --unicodes='U+0020-007E,U+00A0-00FF,U+0100-017F,U+2010-2027,U+202F,U+2030-203A,U+20AC,U+2212' \
  --layout-features='' --no-hinting --desubroutinize --name-IDs='' --drop-tables+=DSIG
mv "$out.tmp" "$out"
