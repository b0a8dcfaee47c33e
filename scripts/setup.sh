#!/usr/bin/env bash
# Everything the product and its tests need on a fresh Debian machine, idempotent and quick
# when already done: Debian packages (Chromium for the preview tests and SVG/PNG export,
# ripgrep and headers for code-server), npm packages, the build, the .vsix, and code-server.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++ git)
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing Debian packages: ${missing[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "== installing npm packages"
    npm ci --no-audit --no-fund
fi

echo "== building"
npm run build
npm run package

echo "== provisioning a real VS Code (code-server)"
node scripts/vscode/provision.mjs
