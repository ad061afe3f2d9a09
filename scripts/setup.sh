#!/usr/bin/env bash
# Installs what the build and the tests need, from Debian's archive and npm only.
# Idempotent and quick when nothing is missing: it asks dpkg first and runs apt only for what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake g++ make python3 xz-utils ca-certificates   # native build
  emscripten                                         # web build (3.1.6 in bookworm)
  nlohmann-json3-dev doctest-dev                     # header-only libraries
  clang-14 libclang-rt-14-dev                        # the import fuzzer (libFuzzer)
  fonttools fonts-noto-core                          # the UI font, subset at build time
  brotli                                             # bench: compressed sizes
  chromium nodejs npm                                # end-to-end tests
  poppler-utils                                      # print test: pdftotext
  python3-jsonschema                                 # schema checks of shipped data
  python3-markdown-it                                # the case report's Markdown, rendered by a CommonMark parser in its test
)

missing=()
for p in "${packages[@]}"; do
  # nodejs/npm may come from elsewhere (e.g. a newer node on PATH); a working node+npm is enough.
  if [[ $p == nodejs || $p == npm ]] && command -v "${p/nodejs/node}" >/dev/null 2>&1; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The page's build tool (terser), pinned by shell/package-lock.json; reinstalled only when the lock changes.
stamp=shell/node_modules/.lock-stamp
if [[ ! -f $stamp ]] || ! cmp -s shell/package-lock.json "$stamp"; then
  echo "setup: npm ci (shell)"
  (cd shell && npm ci --no-audit --no-fund --loglevel=error)
  cp shell/package-lock.json "$stamp"
fi

# Browser-test driver, pinned by tests/e2e/package-lock.json; reinstalled only when the lock changes.
stamp=tests/e2e/node_modules/.lock-stamp
if [[ ! -f $stamp ]] || ! cmp -s tests/e2e/package-lock.json "$stamp"; then
  echo "setup: npm ci (tests/e2e)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  cp tests/e2e/package-lock.json "$stamp"
fi
