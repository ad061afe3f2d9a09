# The two commands a new user needs (see README.md):
#   make serve   install what is missing, build the web app, serve it on http://127.0.0.1:8080/
#   make test    install what is missing, build everything, run every test
SHELL := /bin/bash
PORT ?= 8080
export NODE_PATH := /usr/share/nodejs

.PHONY: serve test setup native web test-native test-e2e bench clean

serve: web
	@echo
	@echo "  Læringsnettverk: http://127.0.0.1:$(PORT)/   (Ctrl-C stopper / stops)"
	@echo
	@/usr/bin/python3 -m http.server $(PORT) --bind 127.0.0.1 --directory build/web/site

test: test-native test-e2e

setup:
	@scripts/setup.sh

# Configure once; later builds re-run CMake by themselves when a CMakeLists changes.
build/native/CMakeCache.txt: | setup
	cmake --preset native
build/web/CMakeCache.txt: | setup
	cmake --preset web

native: setup build/native/CMakeCache.txt
	cmake --build --preset native

web: setup build/web/CMakeCache.txt
	cmake --build --preset web

test-native: native
	ctest --preset native

# One browser at a time (2 cores); Debian 12's node 18 has no --test-concurrency and runs files one by one
# when given them one by one.
test-e2e: web
	cd tests/e2e && if node --help | grep -q -- --test-concurrency; then node --test --test-concurrency=1; \
	  else rc=0; for f in *.test.mjs; do node --test "$$f" || rc=1; done; exit $$rc; fi

bench: web native
	node scripts/bench.mjs
	node scripts/bench-storage.mjs
	node scripts/bench-semantics.mjs
	scripts/bench-intake.sh
	node scripts/bench-start.mjs

clean:
	rm -rf build/native build/web build/e2e-artifacts
