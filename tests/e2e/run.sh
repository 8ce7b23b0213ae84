#!/usr/bin/env bash
# End-to-end tests: Playwright (@playwright/test) driving Debian's /usr/bin/chromium (no browser
# download) against the release build in dist/, served on 127.0.0.1 by the suite itself.
#   tests/e2e/run.sh                 the whole suite (build dist/ first: `trunk build --release`)
#   tests/e2e/run.sh -g keyboard     extra arguments go to `playwright test`
# Env: CHROME_PATH (default /usr/bin/chromium), E2E_DIST (default dist/), E2E_WORKERS (default 2),
#      AMPARO_CLI (an amparo binary; default `cargo run --locked --bin amparo`).
# Screenshots: screenshots/e2e/; request logs and failure details: tests/e2e/test-results/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

# Node packages: `npm ci` when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
   || ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "[e2e] npm ci (tests/e2e)"
  npm ci --no-audit --no-fund
fi

chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chrome" ]; then
  echo "[e2e] no Chromium at $chrome: run scripts/ensure-tools (installs Debian's chromium)" >&2
  exit 1
fi
dist="${E2E_DIST:-$repo/dist}"
if [ ! -f "$dist/index.html" ] || ! ls "$dist"/*.wasm >/dev/null 2>&1; then
  echo "[e2e] $dist has no release build: run \`trunk build --release\` first" >&2
  exit 1
fi

# The last line printed is the suite's count: "e2e: N passed, N failed, N skipped".
exec node_modules/.bin/playwright test "$@"
