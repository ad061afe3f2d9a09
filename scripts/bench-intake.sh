#!/usr/bin/env bash
# Bench (not a test): KS's intake of 10 000 sign-up files, against a plain Python script that only reads
# and parses the same files. Prints time, peak memory (RSS) and the CSV's size; then 200 files of 5 MB
# each, to show that memory does not grow with the files' size. Usage: scripts/bench-intake.sh [count]
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/native/cli/laeringsnettverk
[[ -x $cli ]] || { echo "build the CLI first (make native)" >&2; exit 1; }
count=${1:-10000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
/usr/bin/python3 - "$dir" "$count" <<'PY'
import json, os, resource, subprocess, sys, time
out, count = sys.argv[1], int(sys.argv[2])
src = json.load(open("tests/data/enrollments/pamelding-3024-baerum.json", encoding="utf-8"))
viken = json.load(open("assets/municipalities/viken-2022.json", encoding="utf-8"))["municipalities"]
files = f"{out}/files"; os.mkdir(files)
for i in range(count):
    m = viken[i % len(viken)]
    d = dict(src)
    d["exported_at"] = f"2026-11-{1 + i % 28:02d}T12:00:00Z"
    d["fee_shown"] = None
    d["municipality"] = {"number": m["number"], "name": m["name"], "orgnr": m["orgnr"], "population": m["population"]}
    with open(f"{files}/pamelding-{i:05d}.json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)

def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    ms = (time.perf_counter() - t) * 1000
    assert p.returncode == 0, p.stderr
    return ms, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, p.stdout.strip()

plain = ("import json, os, sys\nd = sys.argv[1]\nn = 0\n"
         "for name in sorted(os.listdir(d)):\n"
         "    if name.lower().endswith('.json'):\n"
         "        with open(os.path.join(d, name), encoding='utf-8') as f: json.load(f); n += 1\nprint(n)")
py_ms, py_rss, _ = run(["/usr/bin/python3", "-c", plain, files])
ms, rss, said = run(["build/native/cli/laeringsnettverk", "intake", files, "--csv", f"{out}/oversikt.csv"])
size = os.path.getsize(f"{out}/oversikt.csv")
print(f"intake of {count} files: {ms:.0f} ms (plain Python reading them: {py_ms:.0f} ms, ratio {ms / py_ms:.2f}), "
      f"peak RSS {rss:.1f} MB, CSV {size} bytes ({size / (count + 2):.0f} per row)")
print("  " + said.splitlines()[0])

big = f"{out}/big"; os.mkdir(big)
note = "Lang tekst om saken. " * (5 * 1024 * 1024 // 22 - 200)
for i in range(200):
    d = dict(src)
    d["case_sketch"] = {"title": "Stor", "problem": note, "why_now": ""}
    with open(f"{big}/stor-{i:03d}.json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False)
ms, rss2, _ = run(["build/native/cli/laeringsnettverk", "intake", big, "--csv", f"{out}/stor.csv"])
print(f"intake of 200 files of {os.path.getsize(big + '/stor-000.json') / 1e6:.1f} MB: {ms:.0f} ms, peak RSS {rss2:.1f} MB")
PY
