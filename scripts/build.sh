#!/usr/bin/env bash
# The release bundle in dist/: Trunk's build, the prerendered first screen, then the start-up
# script moved out of index.html so its Content-Security-Policy can forbid inline scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
# The first screen, rendered natively, into index.html (src/ui/prerender.rs).
cargo run -q --locked --bin prerender dist/index.html
node scripts/harden.mjs dist
node scripts/embed.mjs dist
