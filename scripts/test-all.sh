#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs every suite:
# typecheck, unit tests (Node) and browser tests (headless Chromium on the production build).
# Ends with one plain line: "N passed, N failed", summed over all suites.
set -uo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# No grep -q: with pipefail, fc-list's SIGPIPE would count as "font missing".
fc-list 2>/dev/null | grep -i "noto.*cjk" >/dev/null || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} with apt…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || { echo "apt-get install ${need_apt[*]} failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# npm ci installs exactly what the lock file lists. If installing changes the lock file anyway,
# the committed lock is incomplete and a fresh clone would not reproduce this install: fail.
lock_before=$(sha256sum package.json package-lock.json)
npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
[ "$(sha256sum package.json package-lock.json)" = "$lock_before" ] \
  || { echo "npm ci changed package.json or package-lock.json: commit a complete lock file"; echo "0 passed, 1 failed"; exit 1; }

rm -rf test-results && mkdir -p test-results
status=0
npm run typecheck && echo '{"numPassedTests":1,"numFailedTests":0}' > test-results/typecheck.json \
  || { status=1; echo '{"numPassedTests":0,"numFailedTests":1}' > test-results/typecheck.json; }
npx vitest run --project unit --project dom --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1
npm run build && npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=1

node scripts/sum-results.mjs test-results/typecheck.json test-results/unit.json test-results/e2e.json || status=1
exit $status
