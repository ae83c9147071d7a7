#!/usr/bin/env bash
# Installs what building (and, with --test, testing) Wattsworth needs, skipping whatever is
# already there at the right version. Safe to run again. Versions are pinned here and in
# Cargo.lock / package-lock.json / requirements-test.txt only.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WANT_TEST=0
[ "${1:-}" = "--test" ] && WANT_TEST=1

export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '== %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --locked
fi

# wasm-opt 132 and the browser-test tools come from npm, pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.package-lock.json.src 2>/dev/null; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.src
fi

if [ "$WANT_TEST" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update
  $SUDO apt-get install -y chromium chromium-driver
fi
# The data test's Python tools (pandas, frictionless), pinned by requirements-test.txt, in a
# virtual environment of their own (.venv, git-ignored); made again when the list changes.
if [ "$WANT_TEST" = 1 ] && { [ ! -x .venv/bin/python ] || ! cmp -s requirements-test.txt .venv/requirements-test.txt.src 2>/dev/null; }; then
  say "installing the data test's Python tools from requirements-test.txt into .venv"
  if ! python3 -m venv .venv >/dev/null 2>&1; then
    # Debian keeps venv's pip bootstrap in a package of its own.
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update
    $SUDO apt-get install -y python3 python3-venv
    rm -rf .venv
    python3 -m venv .venv
  fi
  .venv/bin/pip install --disable-pip-version-check --quiet -r requirements-test.txt
  cp requirements-test.txt .venv/requirements-test.txt.src
fi
say "tools ready"
