#!/usr/bin/env bash
# Builds the browser extension (Manifest V3) for the Official Account editor from extension/
# and the WebAssembly package in pkg/ (`make wasm`). Run by `make extension`.
#
#   target/extension/draftlint/             the unpacked extension ("Load unpacked" in chrome://extensions)
#   target/extension/draftlint-extension.zip  the same, zipped (for the Chrome Web Store, or to hand out)
#
# It copies extension/ and the package's draftlint.js (with load.js), draftlint_wasm.js and
# draftlint_wasm_bg.wasm. When pkg/ has editor.js (highlights in the editor), it is copied too,
# with the package modules it imports, and listed in web_accessible_resources (content.js
# imports it into the page's content-script world); otherwise that entry is removed and
# content.js checks and shows the badge on its own. The manifest's version is the crate's.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

for file in draftlint.js load.js draftlint_wasm.js draftlint_wasm_bg.wasm; do
  if [ ! -f "pkg/$file" ]; then
    echo "build-extension: pkg/$file is missing: run \`make wasm\` first" >&2
    exit 1
  fi
done

out="target/extension/draftlint"
zip_path="target/extension/draftlint-extension.zip"
rm -rf "$out" "$zip_path"
mkdir -p "$out"
cp -r extension/. "$out/"
cp pkg/draftlint.js pkg/load.js pkg/draftlint_wasm.js pkg/draftlint_wasm_bg.wasm "$out/"

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
python3 - "$out" "$version" <<'PY'
import json
import re
import shutil
import sys
from pathlib import Path

out, version = Path(sys.argv[1]), sys.argv[2]
pkg = Path("pkg")

# editor.js and the package modules it imports (static and dynamic "./x.js" specifiers),
# transitively: all of them load into the page's content-script world, so all must be
# web-accessible.
IMPORT = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\./[^"']+)["']""")
accessible = []
if (pkg / "editor.js").is_file():
    todo = ["editor.js"]
    while todo:
        name = todo.pop()
        if name in accessible:
            continue
        source = pkg / name
        if not source.is_file():
            sys.exit(f"build-extension: pkg/editor.js imports ./{name}, which pkg/ does not have")
        accessible.append(name)
        shutil.copy(source, out / name)
        todo += [spec[2:] for spec in IMPORT.findall(source.read_text(encoding="utf-8"))]

manifest_path = out / "manifest.json"
manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
manifest["version"] = version
if accessible:
    manifest["web_accessible_resources"][0]["resources"] = sorted(accessible)
else:
    del manifest["web_accessible_resources"]
manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("build-extension: editor.js " + ("included: " + ", ".join(sorted(accessible)) if accessible else "not in pkg/: badge only"))
PY

if command -v zip >/dev/null; then
  (cd "$out" && zip -q -r -X "$root/$zip_path" .)
else
  python3 - "$out" "$zip_path" <<'PY'
import sys
import zipfile
from pathlib import Path

out, zip_path = Path(sys.argv[1]), sys.argv[2]
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
    for path in sorted(out.rglob("*")):
        if path.is_file():
            archive.write(path, path.relative_to(out).as_posix())
PY
fi

echo "build-extension: draftlint $version"
echo "  $out/ ($(du -sb "$out" | cut -f1) bytes, $(find "$out" -type f | wc -l) files)"
echo "  $zip_path ($(wc -c < "$zip_path") bytes)"
