#!/usr/bin/env bash
# Installs a folder's npm packages exactly as its package-lock.json locks them (`npm ci`),
# only when the lock changed since the last install: a stamp in node_modules holds the
# lock's sha256. Used by scripts/setup-web.sh (tests/browser) and scripts/build-demos.sh
# (www-src).
#
# Usage: npm-ci.sh DIR
set -euo pipefail
dir="$1"
cd "$dir"
stamp=node_modules/.draftlint-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
  echo "npm-ci: npm ci ($dir)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
