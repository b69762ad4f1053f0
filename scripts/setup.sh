#!/usr/bin/env bash
# Installs what the project needs and skips what is already there (a second run takes seconds).
#   scripts/setup.sh app      Rust wasm target, Trunk, wasm-bindgen CLI, wasm-opt (binaryen 132)
#   scripts/setup.sh browser  Chromium + ChromeDriver, and the end-to-end tests' npm packages
#   scripts/setup.sh bench    twiggy, for `make bench`'s largest items of the wasm (scripts/size-top.sh)
# Versions: see TOOLCHAIN notes in README.md. Nothing is downloaded but from crates.io, npm and apt.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pinned in Cargo.toml
BINARYEN_VERSION=132.0.0
TWIGGY_VERSION=0.8.0

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
die() { printf '\033[1;31msetup:\033[0m %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

need_cargo() {
  export PATH="$HOME/.cargo/bin:$PATH"
  have cargo && have rustup || die "Rust is missing: install it with rustup (https://rustup.rs), then run this again."
}

ensure_app_tools() {
  need_cargo
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    # --locked: without it 0.21.x fails to build (lightningcss vs newer cssparser). ~9 min on 2 cores.
    say "installing trunk $TRUNK_VERSION (takes several minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    # Not --locked: a locked dependency version is missing from the registry.
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  if ! tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
    have npm || die "npm is missing: install Node.js 20+ with npm (Debian: apt-get install nodejs npm), then run this again."
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into tools/"
    mkdir -p tools
    npm install --prefix tools --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
  fi
}

ensure_browser() {
  if ! have chromium || ! have chromedriver; then
    if have apt-get && [ "$(id -u)" = 0 ]; then
      say "installing chromium and chromium-driver (apt)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      die "Chromium and ChromeDriver are missing: install them (Debian: sudo apt-get install chromium chromium-driver) so that 'chromium' and 'chromedriver' are on PATH."
    fi
  fi
  have node && have npm || die "Node.js and npm are missing: install Node.js 20+ with npm, then run this again."
  if [ ! -d tests/e2e/node_modules/playwright-core ]; then
    say "installing the end-to-end tests' npm packages"
    (cd tests/e2e && npm ci --no-audit --no-fund --silent)
  fi
}

ensure_bench_tools() {
  need_cargo
  if ! twiggy --version 2>/dev/null | grep -q " $TWIGGY_VERSION"; then
    say "installing twiggy $TWIGGY_VERSION"
    cargo install twiggy --version "$TWIGGY_VERSION" --locked
  fi
}

for what in "$@"; do
  case "$what" in
    app) ensure_app_tools ;;
    browser) ensure_browser ;;
    bench) ensure_bench_tools ;;
    *) die "unknown step '$what' (use: app, browser, bench)" ;;
  esac
done
