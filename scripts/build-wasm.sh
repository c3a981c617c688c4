#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (installable from that path, or publishable as
# `draftlint`) and copies it into www/pkg/ for the page. Run by `make wasm`.
#
#   cargo build --target wasm32-unknown-unknown --release --no-default-features --lib
#   wasm-bindgen --target web --out-name draftlint_wasm   -> pkg/draftlint_wasm{.js,.d.ts,_bg.wasm}
#   js/ (hand-written wrapper, async API, worker, report types, package.json template) -> pkg/
#   docs/js-api.md -> pkg/README.md
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
export PATH="$HOME/.cargo/bin:$PATH"

cargo build --target wasm32-unknown-unknown --release --no-default-features --lib
wasm="$target_dir/wasm32-unknown-unknown/release/draftlint.wasm"

rm -rf pkg.tmp
mkdir pkg.tmp
wasm-bindgen --target web --out-dir pkg.tmp --out-name draftlint_wasm "$wasm"

cp js/draftlint.js js/draftlint.d.ts js/async.js js/async.d.ts js/worker.js js/report.d.ts \
  js/editor.js js/editor.d.ts js/codemirror.js js/codemirror.d.ts pkg.tmp/
cp docs/js-api.md pkg.tmp/README.md
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
sed "s/@VERSION@/$version/" js/package.json > pkg.tmp/package.json

rm -rf pkg
mv pkg.tmp pkg
rm -rf www/pkg
cp -r pkg www/pkg
raw=$(wc -c < pkg/draftlint_wasm_bg.wasm)
gz=$(gzip -9 -c pkg/draftlint_wasm_bg.wasm | wc -c)
echo "build-wasm: pkg/ and www/pkg/ ready (draftlint $version; wasm $raw bytes, $gz gzipped)"

# The editor demos (www/editors/) bundle CodeMirror into www/vendor/.
bash scripts/build-demos.sh
