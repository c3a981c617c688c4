#!/usr/bin/env bash
# Runs the JS API's wasm-bindgen tests (tests/web/api.rs) in Node, then in headless
# Chromium through chromedriver, for the lean module; then for the pack reader in Node.
# Run by `make test-wasm`.
#
# The tests are a child module of src/wasm.rs, built with the library; the native
# dev-dependencies are declared for native targets only (Cargo.toml), so the package itself
# builds for wasm32.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
dir="$root/target/wasm-api-tests"
mkdir -p "$dir"
cat > "$dir/webdriver.json" <<'JSON'
{
  "goog:chromeOptions": {
    "binary": "/usr/bin/chromium",
    "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
  }
}
JSON
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120
run() {
  cargo test --target wasm32-unknown-unknown --no-default-features --lib "$@" -- wasm::
}
echo "test-wasm: the lean module, Node"
run
echo "test-wasm: the lean module, headless Chromium (chromedriver)"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$dir/webdriver.json" run
# The pack reader is the same engine with the TOML reader: its own functions in Node.
echo "test-wasm: the pack reader (pack-files), Node"
run --features pack-files
