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
expect validate-warning  0 "advarsel group: Arbeidsgruppen mangler politisk"         -- validate "$d/pamelding-3012-aremark.json"
expect validate-errors   1 "feil contact.phone: «1234» er ikke et norsk telefonnummer" -- validate "$d/pamelding-3021-as-utkast.json"
expect validate-orgnr    1 "feil municipality.orgnr: Organisasjonsnummeret er ikke gyldig" -- validate "$d/pamelding-3021-as-utkast.json"
expect validate-broken   2 "broken.json: kan ikke leses: Filen er ikke gyldig JSON"  -- validate "$d/broken.json"
expect validate-newer    2 "version: Filen er laget med en nyere versjon \(2\)"    -- validate "$d/newer-version.json"
expect validate-missing  2 "kan ikke leses: kan ikke lese filen"                     -- validate "$d/finnes-ikke.json"
expect validate-mixed    2 "klar til å sendes"                                       -- validate "$d/pamelding-3024-baerum.json" "$d/broken.json"
expect validate-none     2 "Bruk:"                                                   -- validate
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
expect intake            0 "6 filer: 3 klare, 1 med feil, 2 ugyldige. Sum avgift kr${nb}66${nb}625" -- intake "$d" --csv "$tmp/oversikt.csv"
check_csv() {  # check_csv NAME PATTERN
  if grep -q -E -- "$2" "$tmp/oversikt.csv"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL csv $1"; fi
}
check_csv header    "^.?.?.?Fil;Kommunenummer;Kommune;Innbyggertall;Trinn;Avgift \(beregnet\)"
check_csv baerum    "^pamelding-3024-baerum.json;3024;Bærum;128982;8: 40${nb}001 og mer;55000;55000;"
check_csv duplicate "kommunen er også sendt i pamelding-3024-baerum-2.json"
check_csv fee-diff  "avgiften i filen \(14125\) er ikke den beregnede \(11625\)"
check_csv broken    "^broken.json;.*;ugyldig fil;Filen er ikke gyldig JSON."
check_csv totals    "^Sum;;3 klare, 1 med feil, 2 ugyldige filer;;;66625;"
expect intake-nodir      2 "Bruk:"                                                   -- intake "$d/finnes-ikke" --csv "$tmp/x.csv"
expect intake-nocsv      2 "Bruk:"                                                   -- intake "$d"
head -c 6000000 /dev/zero | tr '\0' ' ' > "$tmp/big.json"
expect validate-big      2 "største tillatte er 5${nb}120 KB"                         -- validate "$tmp/big.json"
printf '{"a":"\xff"}' > "$tmp/latin1.json"
expect validate-utf8     2 "ikke gyldig UTF-8-tekst \(feil ved byte 6\)"            -- validate "$tmp/latin1.json"
mkdir "$tmp/empty"
expect intake-empty      2 "Fant ingen .json-filer"                                  -- intake "$tmp/empty" --csv "$tmp/x.csv"

json=$("$cli" fee 7500 --json)
if python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["fee"]==14125 and d["bracket"]["number"]==2 and d["next_bracket"]["from"]==7501' "$json"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL json-parse: $json"; fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
