#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find. Called by `make test` after set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "clippy (native and wasm32)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# The page as Trunk builds it: without the file readers and writers (index.html).
cargo clippy --lib --bin app --locked --no-default-features --target wasm32-unknown-unknown -- -D warnings

step "native tests: engine, rate card, reducer, server-side render, CLI"
cargo test --locked

step "wasm tests in headless Chromium"
CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}" WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test wasm_app

step "release bundle"
scripts/build.sh
scripts/size.sh --check

step "end-to-end tests in headless Chromium"
(cd tests/e2e && node --test --test-concurrency=1 .)
