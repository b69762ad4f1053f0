// After `trunk build`: moves Trunk's inline start-up <script> into a file of its own (hashed, with
// Subresource Integrity), so index.html's Content-Security-Policy can forbid inline scripts, and
// fails if any inline script is left. Usage: node scripts/harden.mjs [dist]
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
