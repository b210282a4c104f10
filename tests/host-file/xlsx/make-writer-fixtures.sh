#!/usr/bin/env bash
# Regenerates tests/fixtures/writers/: the welfare sample saved again by other writers (LibreOffice, Gnumeric's
# ssconvert, openpyxl), so the reader is tested on their styles of XML. The outputs are committed: CI does not need
# these tools. Run from the repository root: bash tests/host-file/xlsx/make-writer-fixtures.sh
set -euo pipefail
src=tests/fixtures/welfare-r7.xlsx
out=tests/fixtures/writers
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

soffice --headless --convert-to xlsx --outdir "$tmp/lo" "$src" -env:UserInstallation=file:///tmp/lo-profile-xlsx >/dev/null
cp "$tmp/lo/welfare-r7.xlsx" "$out/welfare-r7.libreoffice.xlsx"

ssconvert --export-type=Gnumeric_Excel:xlsx2 "$src" "$tmp/gnumeric.xlsx" 2>/dev/null
cp "$tmp/gnumeric.xlsx" "$out/welfare-r7.gnumeric.xlsx"

# Debian's python3-openpyxl (the system python, not a pyenv one).
/usr/bin/python3 - "$src" "$out/welfare-r7.openpyxl.xlsx" <<'PY'
import sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb.save(sys.argv[2])
PY
ls -l "$out"
