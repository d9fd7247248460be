#!/bin/sh
# Regenerate the committed WDBII river dumps (GSHHG 2.3.7, LGPL-3+) used by geodata/rivers.ts.
# Needs Debian packages `gmt` and `gmt-gshhg-full` (apt-get install gmt gmt-gshhg-full).
# Output: whole GSHHG bins (not clipped), multisegment text, one file per river level
#   1 permanent major, 2 additional major, 3 additional, 4 minor.
set -eu
cd "$(dirname "$0")"
for level in 1 2 3 4; do
  gmt coast -R105/110.5/28/32.5 -Df -I"$level" -M > "gshhg-rivers-L$level.txt"
done
{ echo "gmt $(gmt --version)"; dpkg-query -W -f '${Package} ${Version}\n' gmt-gshhg-full 2>/dev/null || true; } > gshhg-rivers.version.txt
rm -f gmt.history gmt.conf
