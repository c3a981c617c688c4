#!/usr/bin/env bash
# Bundles the editor demos of the page: www/editors/codemirror.js (CodeMirror 6 with the
# draftlint lint source) -> www/vendor/codemirror-demo.js, so the demo needs no CDN and
# works offline. Run at the end of scripts/build-wasm.sh (so by `make wasm`, `make serve`,
# `make test-browser`).
#
#   npm ci in www-src/ (codemirror, @codemirror/*, esbuild, exactly as locked), only when
#     its package-lock.json changed (scripts/npm-ci.sh, as for tests/browser)
#   esbuild: one ES module; draftlint itself (../pkg/*.js) stays external, loaded at run
#     time from www/pkg/, so the wasm package is never copied into the bundle
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

bash "$root/scripts/npm-ci.sh" "$root/www-src"
cd "$root/www-src"

mkdir -p "$root/www/vendor"
# The demo lives in www/editors/, outside www-src/: NODE_PATH points esbuild at the packages.
NODE_PATH="$root/www-src/node_modules" node_modules/.bin/esbuild "$root/www/editors/codemirror.js" \
  --bundle --format=esm --target=es2022 --minify --legal-comments=eof \
  --external:../pkg/* \
  --outfile="$root/www/vendor/codemirror-demo.js" --log-level=warning
echo "build-demos: www/vendor/codemirror-demo.js ready"
