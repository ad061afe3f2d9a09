"""Checks every shipped data file in assets/ against its JSON Schema with a real validator
(Debian's python3-jsonschema), and that each schema rejects a file broken on purpose."""
import copy
import json
import sys
from pathlib import Path

import jsonschema

assets = Path(sys.argv[1])
samples = Path(sys.argv[2]) if len(sys.argv) > 2 else None
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


pairs = {
    # The shipped programs, and the test's own (six brackets, three gatherings: another network's shape).
    "program.schema.json": sorted((assets / "program").glob("*.json"))
    + sorted((assets.parent / "tests" / "data" / "programs").glob("*.json")),
    "municipalities.schema.json": sorted((assets / "municipalities").glob("*.json")),
    "sdgs.schema.json": sorted((assets / "sdg").glob("*.json")),
}
for schema_name, files in pairs.items():
    schema = json.loads((assets / "schema" / schema_name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    check(f"{schema_name} has files", bool(files))
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
        check(f.name, not errors, "; ".join(errors[:5]))
        broken = copy.deepcopy(doc)
        broken["version"] = 99
        check(f"{f.name} with version 99 is rejected", not validator.is_valid(broken))

program = json.loads(next((assets / "program").glob("*.json")).read_text(encoding="utf-8"))
schema = jsonschema.Draft202012Validator(json.loads((assets / "schema/program.schema.json").read_text(encoding="utf-8")))
for label, mutate in [
    ("fee as text", lambda d: d["fees"]["brackets"][0].__setitem__("fee", "11625")),
    ("negative fee", lambda d: d["fees"]["brackets"][0].__setitem__("fee", -1)),
    ("unknown field", lambda d: d.__setitem__("surprise", 1)),
    ("bad date", lambda d: d["start_meeting"].__setitem__("date", "03.03.2022")),
    ("an unknown VAT status", lambda d: d["fees"].__setitem__("vat", "some")),
    ("a deadline that is no ISO date", lambda d: d.__setitem__("signup", {"deadline": "15.02.2027"})),
    ("no participants allowed", lambda d: d.__setitem__("signup", {"max_participants": 0})),
    ("an unknown sign-up rule", lambda d: d.__setitem__("signup", {"max_municipalities": 10})),
    ("a gathering neither physical nor digital", lambda d: d["gatherings"][0].__setitem__("mode", "hybrid")),
    ("a lodging estimate of 0", lambda d: d["fees"].__setitem__("lodging_estimate", 0)),
    ("both brackets and an amount per inhabitant", lambda d: d["fees"].__setitem__("per_inhabitant", {"amount_ore": 250})),
    ("an amount per inhabitant without its amount", lambda d: (d["fees"].pop("brackets"), d["fees"].__setitem__("per_inhabitant", {"floor": 1}))),
]:
    broken = copy.deepcopy(program)
    mutate(broken)
    check(f"program with {label} is rejected", not schema.is_valid(broken))
# The sign-up rules and VAT status a program may state are valid where they are right.
stated = copy.deepcopy(program)
stated["fees"]["vat"] = "exempt"
stated["signup"] = {"deadline": "2022-02-15", "max_participants": 6}
check("program with a VAT status, a deadline and a participant limit", schema.is_valid(stated))

# Sample enrollment files: the readable ones match the schema, the broken ones do not.
if samples:
    enrollment = jsonschema.Draft202012Validator(
        json.loads((assets / "schema/enrollment.schema.json").read_text(encoding="utf-8")))
    for f in sorted(samples.glob("*.json")):
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except ValueError:
            check(f"{f.name} is not JSON, as intended", f.name == "broken.json")
            continue
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in enrollment.iter_errors(doc)]
        if f.name.startswith("pamelding-"):
            check(f.name, not errors, "; ".join(errors[:5]))
        else:
            check(f"{f.name} is rejected", bool(errors))
# Sample case books (next to the enrollment samples) match the case book schema.
if samples and (samples.parent / "casebooks").is_dir():
    casebook = jsonschema.Draft202012Validator(
        json.loads((assets / "schema/casebook.schema.json").read_text(encoding="utf-8")))
    jsonschema.Draft202012Validator.check_schema(casebook.schema)
    for f in sorted((samples.parent / "casebooks").glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in casebook.iter_errors(doc)]
        check(f.name, not errors, "; ".join(errors[:5]))
        broken = copy.deepcopy(doc)
        broken["outcomes"][0]["start"] = 6
        check(f"{f.name} with a rating of 6 is rejected", not casebook.is_valid(broken))

# Any further files given (e.g. an export from the browser test) must match the schema.
for extra in sys.argv[3:]:
    enrollment = jsonschema.Draft202012Validator(
        json.loads((assets / "schema/enrollment.schema.json").read_text(encoding="utf-8")))
    doc = json.loads(Path(extra).read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in enrollment.iter_errors(doc)]
    check(extra, not errors, "; ".join(errors[:5]))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
