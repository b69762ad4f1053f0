#!/usr/bin/env bash
# The 20 largest items of the start-up wasm (app_bg.wasm), by twiggy, and a summary by crate.
# It rebuilds the module as Trunk does (cargo, wasm-bindgen, wasm-opt -Oz) but keeps the function
# names (wasm-opt -g), which don't change the code: leaving out the name section, the items add
# up to the shipped module's bytes (printed beside dist's, to compare). Uncompressed bytes.
#   scripts/size-top.sh        (needs twiggy: scripts/setup.sh bench)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
command -v twiggy > /dev/null || { echo "size-top: twiggy is missing (run: scripts/setup.sh bench)" >&2; exit 1; }
tmp=$(mktemp -d /tmp/size-top-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# The same steps as Trunk's release build (index.html: data-wasm-opt="z", no extra wasm-opt
# flags: wasm-opt takes the features from the module's target_features section).
cargo build -q --release --locked --target wasm32-unknown-unknown --bin app
wasm-bindgen --target web --keep-debug --out-dir "$tmp" target/wasm32-unknown-unknown/release/app.wasm
wasm-opt -Oz -g "$tmp/app_bg.wasm" -o "$tmp/app.wasm"
twiggy top -f json "$tmp/app.wasm" > "$tmp/top.json"
shopt -s nullglob
shipped=(dist/app-*_bg.wasm)

node - "$tmp/top.json" "${shipped[0]:-}" <<'EOF'
const { readFileSync, statSync } = require('node:fs');
const [json, shipped] = process.argv.slice(2);
// The name section ("function names" subsection and the like, and its header) is what -g kept:
// it isn't shipped, so it is left out of the items and the totals.
const items = JSON.parse(readFileSync(json, 'utf8'))
  .filter((i) => !/^"[a-z ]+" subsection$/.test(i.name) && i.name !== "custom section 'name' headers");
const total = items.reduce((sum, i) => sum + i.shallow_size, 0);
const bytes = (n) => n.toLocaleString('en-US').padStart(9);
const percent = (n) => `${(100 * n / total).toFixed(1).padStart(5)} %`;
// Crate disambiguators ("std[0123abcd…]") are noise; the symbol hash stays, the one way to tell
// apart the several yew `view`s (one for each component, whose own view function it inlines).
const tidy = (name) => name.replace(/\[[0-9a-f]{16}\]/g, '');
const dist = shipped ? `; dist's ${shipped.replace(/^dist\//, '')}: ${statSync(shipped).size.toLocaleString('en-US')}` : '';
console.log(`app_bg.wasm without its name section: ${total.toLocaleString('en-US')} bytes${dist}`);
console.log('\nThe 20 largest items (shallow bytes, share of the module):');
for (const i of items.slice(0, 20)) console.log(`${bytes(i.shallow_size)} ${percent(i.shallow_size)}  ${tidy(i.name)}`);

// By crate: each function under the first crate its name mentions, so generic code counts
// where it is defined (yew's component `view` holds the app's inlined view functions); data
// segments and the rest (imports, exports, wasm-bindgen's shims, types, tables) apart.
const crates = new Map();
for (const i of items) {
  const crate = i.name.startsWith('data segment ') ? 'data segments'
    : !/^(import|export) /.test(i.name) && tidy(i.name).match(/([A-Za-z_][A-Za-z0-9_]*)::/)?.[1]
      || '(imports, exports, wasm-bindgen shims, types, tables)';
  crates.set(crate, (crates.get(crate) ?? 0) + i.shallow_size);
}
console.log('\nBy crate (shallow bytes, share of the module):');
for (const [crate, size] of [...crates].sort((a, b) => b[1] - a[1])) console.log(`${bytes(size)} ${percent(size)}  ${crate}`);
EOF
