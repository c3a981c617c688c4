# The two commands of the README: `make serve` (build everything, serve the page) and
# `make test` (every test). Both install what they need on a fresh Debian machine.

CARGO ?= cargo

.PHONY: hostile test test-rust test-fuzz fuzz test-web test-wasm test-browser serve wasm setup-web bench-web eval bench extension

## Every test: Rust unit and integration tests (engine, pack examples, CLI, corpus floor),
## then the WebAssembly and browser tests.
test: test-rust test-fuzz test-web

test-rust:
	$(CARGO) fmt --check
	$(CARGO) clippy --release --all-targets -- -D warnings
	$(CARGO) test --release --all-targets
	$(CARGO) test --release --doc

## Coverage-guided fuzzing (libFuzzer via cargo-fuzz, installed from crates.io when missing)
## of check, normalize, jsonl and pack: FUZZ_SECONDS per target. A crash or a 10 s input
## fails and is left in fuzz/artifacts/<target>/.
FUZZ_SECONDS ?= 900
fuzz:
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

## Every fuzz target briefly, from the committed seeds: a broken harness or a regression on
## the seeds shows in CI.
test-fuzz:
	bash scripts/fuzz.sh 10

## Time and peak memory of hostile inputs (HOSTILE_MIB each), native and wasm in Node:
## a Markdown table.
HOSTILE_MIB ?= 10
hostile: wasm
	$(CARGO) build --release
	python3 scripts/hostile.py $(HOSTILE_MIB)

## Accuracy tables on the project corpus and ../shared/corpus/dev.jsonl (when present).
eval:
	$(CARGO) run --release -- eval

## Criterion benchmarks (cold: pack load; warm: check), printing MB/s.
bench:
	$(CARGO) bench --bench check

## --- WebAssembly package and the checking page (www/) -----------------------------------

PORT ?= 8080

## Installs the wasm target, wasm-bindgen-cli 0.2.130, Debian's chromium + chromedriver +
## CJK fonts, and the browser tests' npm packages (idempotent).
setup-web:
	bash scripts/setup-web.sh

## The npm-installable package in pkg/ (and its copy in www/pkg/ for the page).
wasm: setup-web
	bash scripts/build-wasm.sh

## The browser extension for the Official Account editor (extension/ and the package):
## target/extension/draftlint/ (load unpacked) and target/extension/draftlint-extension.zip.
extension: wasm
	bash scripts/build-extension.sh

## Builds everything and serves the page on http://127.0.0.1:$(PORT)/ (PORT=0: any free port).
serve: wasm
	python3 scripts/serve.py --port $(PORT)

## The JS API's wasm-bindgen tests (tests/web/) in Node, then in headless Chromium, and the
## page and package end to end in Chromium (tests/browser/).
test-web: test-wasm test-browser

test-wasm: setup-web
	bash scripts/test-wasm.sh

test-browser: wasm extension
	cd tests/browser && npm test

## Wasm size (raw, gzipped), instantiate time and time per check of a ~2,000-character post
## in headless Chromium.
bench-web: wasm
	cd tests/browser && npm run --silent bench
