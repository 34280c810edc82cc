#!/usr/bin/env bash
# Derives labinov-core's region names (the 514 kabupaten/kota, Kemendagri code form) from the npm package
# idn-area-data 4.0.1 and commits them as a class-path resource, so the build never needs npm.
# The 38 provinces are not taken from it: their names live in the Province enum, and this script
# checks that the two agree.
#
# Usage: bash docs/scripts/make-region-names.sh   (needs npm, or curl to registry.npmjs.org)
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=4.0.1
OUT=labinov-core/src/main/resources/id/labinov/core/model
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if command -v npm >/dev/null 2>&1; then
  (cd "$work" && npm pack --silent "idn-area-data@$VERSION" >/dev/null)
else
  curl -fsS -o "$work/idn-area-data-$VERSION.tgz" "https://registry.npmjs.org/idn-area-data/-/idn-area-data-$VERSION.tgz"
fi
tar -xzf "$work/idn-area-data-$VERSION.tgz" -C "$work"
data="$work/package/data"
mkdir -p "$OUT"
python3 - "$data" "$OUT/regions.csv" "$VERSION" <<'PY'
import csv, sys, re, pathlib
data, out, version = sys.argv[1], sys.argv[2], sys.argv[3]
rows = list(csv.DictReader(open(f"{data}/regencies.csv", encoding="utf-8")))
assert len(rows) == 514, f"expected 514 kabupaten/kota, found {len(rows)}"
for r in rows:
    assert re.fullmatch(r"\d\d\.\d\d", r["code"]), r
    assert r["name"].startswith(("Kabupaten ", "Kota ")), r
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write(f"# Kabupaten and kota of Indonesia (Kemendagri codes), derived from the npm package idn-area-data {version}\n")
    f.write("# by docs/scripts/make-region-names.sh. Data (c) idn-area-data contributors, under the Open Database\n")
    f.write("# License (ODbL) 1.0: see regions-LICENSE.md beside this file.\n")
    f.write("code,name\n")
    for r in sorted(rows, key=lambda r: r["code"]):
        f.write(f'{r["code"]},{r["name"]}\n')
provinces = {r["code"]: r["name"] for r in csv.DictReader(open(f"{data}/provinces.csv", encoding="utf-8"))}
assert len(provinces) == 38, len(provinces)
check = pathlib.Path("labinov-core/src/test/resources/id/labinov/core/model/provinces-idn-area-data.tsv")
check.parent.mkdir(parents=True, exist_ok=True)
check.write_text(
    "".join(f"{c}\t{n}\n" for c, n in sorted(provinces.items())), encoding="utf-8")
PY
cp "$data/LICENSE.md" "$OUT/regions-LICENSE.md"
echo "wrote $OUT/regions.csv (514 regions) and $OUT/regions-LICENSE.md"
