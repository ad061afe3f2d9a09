#!/usr/bin/env bash
# Bench (not a test): KS's intake of 1 000 enrollment files. Prints the time `laeringsnettverk intake`
# takes. Usage: scripts/bench-intake.sh (after make test or a native build)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/native/cli/laeringsnettverk
[[ -x $cli ]] || { echo "build the CLI first (make native)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
/usr/bin/python3 - "$dir" <<'PY'
import json, sys
src = json.load(open("tests/data/enrollments/pamelding-3024-baerum.json", encoding="utf-8"))
viken = json.load(open("assets/municipalities/viken-2022.json", encoding="utf-8"))["municipalities"]
for i in range(1000):
    m = viken[i % len(viken)]
    d = dict(src)
    d["municipality"] = {"number": m["number"], "name": m["name"], "orgnr": m["orgnr"], "population": m["population"] + i}
    with open(f"{sys.argv[1]}/pamelding-{i:04d}.json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
PY
start=$(date +%s%N)
"$cli" intake "$dir" --csv "$dir/oversikt.csv"
end=$(date +%s%N)
echo "intake of 1000 files: $(( (end - start) / 1000000 )) ms, CSV $(wc -c < "$dir/oversikt.csv") bytes"
