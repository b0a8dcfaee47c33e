#!/usr/bin/env bash
# The whole test suite, from a fresh clone on a fresh machine: `npm test`.
# Installs what it needs (Debian packages, npm packages, the cached code-server), builds,
# packages, type-checks, then runs unit, protocol and browser tests, then the end-to-end tests in a
# real VS Code (code-server) driven through Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== type check"
npm run --silent typecheck

echo "== unit, protocol and browser tests"
npx vitest run

echo "== end-to-end tests in a real VS Code"
JOURNEY_E2E_SKIP_BUILD=1 npm run test:e2e   # setup.sh has just built and packaged
