#!/usr/bin/env bash
# Installs what the WebAssembly build, the page and the browser tests need, on a fresh
# Debian machine; idempotent (each step is skipped when already done). Run by
# `make setup-web`, and so by `make serve` and `make test`.
#
#   rustup target wasm32-unknown-unknown
#   wasm-bindgen-cli 0.2.130 (wasm-bindgen, wasm-bindgen-test-runner), the same version as
#     the wasm-bindgen crate in Cargo.toml
#   Debian: chromium, chromium-driver, fonts-wqy-microhei (CJK glyphs for screenshots)
#   npm: tests/browser (playwright-core, typescript, binaryen), from its package-lock.json
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
WASM_BINDGEN_VERSION=0.2.130

say() { echo "setup-web: $*"; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Rust: the wasm target and the bindgen CLI (not --locked: its lock pins crates that no
# longer build with the current toolchain).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
have="$(wasm-bindgen --version 2>/dev/null || true)"
have_runner="$(command -v wasm-bindgen-test-runner || true)"
if [ "$have" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] || [ -z "$have_runner" ]; then
  say "cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION (a few minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages of the browser tests, exactly as locked.
bash "$root/scripts/npm-ci.sh" "$root/tests/browser"
say "ready"
