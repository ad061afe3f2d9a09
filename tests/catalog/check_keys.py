#!/usr/bin/env python3
"""Every message key the code names literally — make_error("…"), text("…"), describe keys — is in each
language's catalogue, so no user ever reads «[program.unknown_text]». Keys built at run time (a prefix
and a part) are checked by the tests that reach them."""
import json, re, sys
from pathlib import Path

root = Path(sys.argv[1])
pattern = re.compile(r'(?:make_error|\.text|cat\(\)\.text|text)\(\s*"([a-z_]+\.[a-z0-9_.]+)"')
used = {}
for folder in ("core", "web", "cli"):
    for path in sorted((root / folder).rglob("*.[ch]pp")):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            if not m.group(1).endswith("."):
                used.setdefault(m.group(1), path.relative_to(root))
missing = []
for lang in ("nb", "nn", "en"):
    texts = json.loads((root / "assets" / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))["texts"]
    missing += [f"{lang}: {key} (used in {where})" for key, where in sorted(used.items()) if key not in texts]
if missing:
    print("Message keys without a text:\n  " + "\n  ".join(missing))
    sys.exit(1)
print(f"{len(used)} message keys, each in nb, nn and en")
