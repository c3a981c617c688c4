#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (installable from that path, or publishable as
# `draftlint`) and copies it into www/pkg/ for the page. Run by `make wasm`.
#
# Two modules from the same crate (Cargo.toml: [profile.wasm-release] is release with
# opt-level "s"):
#   lean, what pages load: the embedded pack in its compiled form, no TOML reader
#     cargo build --target wasm32-unknown-unknown --profile wasm-release --no-default-features --lib
#     wasm-bindgen --target web --out-name draftlint_wasm   -> pkg/draftlint_wasm{.js,.d.ts,_bg.wasm}
#   the pack reader (feature pack-files: Checker.fromPack, settingsFromToml, defaultPackFiles)
#     cargo build ... --features pack-files
#     wasm-bindgen --target web --out-name draftlint_packs  -> pkg/draftlint_packs{.js,.d.ts,_bg.wasm}
#   wasm-opt -Os (binaryen from npm, tests/browser/node_modules, installed by setup-web.sh;
#     not Debian's binaryen, whose version 108 corrupts wasm-bindgen output)
#   js/ (hand-written wrapper, async API, worker, report types, package.json template) -> pkg/
#   docs/js-api.md -> pkg/README.md
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
export PATH="$HOME/.cargo/bin:$PATH"

wasm_opt="$root/tests/browser/node_modules/.bin/wasm-opt"
if [ ! -x "$wasm_opt" ]; then
  echo "build-wasm: $wasm_opt is missing: run \`make setup-web\` (npm ci in tests/browser)" >&2
  exit 1
fi

rm -rf pkg.tmp
mkdir pkg.tmp
# module NAME [FEATURES...]: builds, binds and size-optimizes one module into pkg.tmp/.
module() {
  local name="$1"
  shift
  cargo build --target wasm32-unknown-unknown --profile wasm-release --no-default-features --lib "$@"
  wasm-bindgen --target web --out-dir pkg.tmp --out-name "$name" \
    "$target_dir/wasm32-unknown-unknown/wasm-release/draftlint.wasm"
  # Size optimization of the bindgen output; it also drops the name section (function
  # names, about 0.2-0.4 MB). The features are those rustc enables for
  # wasm32-unknown-unknown (the module's target_features section), so that wasm-opt accepts
  # and keeps their instructions.
  "$wasm_opt" -Os \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-call-indirect-overlong \
    --enable-multivalue --enable-mutable-globals --enable-nontrapping-float-to-int \
    --enable-reference-types --enable-sign-ext \
    "pkg.tmp/${name}_bg.wasm" -o "pkg.tmp/${name}_bg.opt.wasm"
  mv "pkg.tmp/${name}_bg.opt.wasm" "pkg.tmp/${name}_bg.wasm"
}
module draftlint_wasm
module draftlint_packs --features pack-files

cp js/draftlint.js js/draftlint.d.ts js/load.js js/packs.js js/packs.d.ts js/async.js js/async.d.ts js/worker.js js/report.d.ts \
  js/editor.js js/editor.d.ts js/codemirror.js js/codemirror.d.ts pkg.tmp/
cp docs/js-api.md pkg.tmp/README.md
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
sed "s/@VERSION@/$version/" js/package.json > pkg.tmp/package.json

rm -rf pkg
mv pkg.tmp pkg
rm -rf www/pkg
cp -r pkg www/pkg
size() {
  echo "$(wc -c < "$1") bytes, $(gzip -9 -c "$1" | wc -c) gzipped"
}
echo "build-wasm: pkg/ and www/pkg/ ready (draftlint $version; wasm $(size pkg/draftlint_wasm_bg.wasm);" \
  "pack reader $(size pkg/draftlint_packs_bg.wasm))"

# The editor demos (www/editors/) bundle CodeMirror into www/vendor/.
bash scripts/build-demos.sh
