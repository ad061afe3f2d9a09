#!/usr/bin/env bash
# The CLI as a script or a KS adviser uses it: output, --json, and exit code 2 on bad input.
set -u
cli=${1:?usage: test_cli.sh path/to/laeringsnettverk}
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
expect no-arg          2 "Bruk: laeringsnettverk fee"                             -- fee
expect extra-arg       2 "Bruk:"                                                  -- fee 1 2
expect no-command      2 "Bruk:"                                                  --
expect unknown-command 2 "Bruk:"                                                  -- frobnicate
expect help            0 "Bruk:"                                                  -- --help
json=$("$cli" fee 7500 --json)
if python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["fee"]==14125 and d["bracket"]["number"]==2 and d["next_bracket"]["from"]==7501' "$json"; then
  passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL json-parse: $json"; fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
