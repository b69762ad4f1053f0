// After `trunk build`: moves Trunk's inline start-up <script> into a file of its own (hashed, with
// Subresource Integrity), so index.html's Content-Security-Policy can forbid inline scripts, and
// fails if any inline script is left; then makes the importer worker's loader start quietly.
// Usage: node scripts/harden.mjs [dist]
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const dist = process.argv[2] ?? 'dist';
const path = `${dist}/index.html`;
let html = await readFile(path, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const code = match[1].trim() + '\n';
  const name = `init-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  await writeFile(`${dist}/${name}`, code);
  html = html.replace(inline, `<script type="module" src="/${name}" integrity="${integrity}" crossorigin="anonymous"></script>`);
}
// Chrome ignores `integrity` on a preload fetched `as="fetch"` (the wasm) and warns on every load:
// drop it there (the script itself keeps its integrity).
html = html.replace(/(<link rel="preload"[^>]* )integrity="[^"]*" ([^>]*as="fetch")/g, '$1$2');
const left = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
if (left.length) {
  console.error(`harden: ${path} still has inline scripts: ${left.map((m) => m[0]).join(' ')}`);
  process.exit(1);
}
if (!/http-equiv="Content-Security-Policy"/.test(html)) {
  console.error(`harden: ${path} has no Content-Security-Policy`);
  process.exit(1);
}
await writeFile(path, html);

// Trunk's loader for the importer worker starts wasm-bindgen with a bare path, which
// wasm-bindgen deprecates with a console warning each time the worker starts: pass the object
// it asks for.
const loaderPath = `${dist}/importer_loader.js`;
const loader = (await readFile(loaderPath, 'utf8')).replace(/wasm_bindgen\(("[^"]*")\)/, 'wasm_bindgen({module_or_path:$1})');
if (!loader.includes('wasm_bindgen({module_or_path:')) {
  console.error(`harden: ${loaderPath} doesn't start wasm-bindgen as expected: ${loader}`);
  process.exit(1);
}
await writeFile(loaderPath, loader);
