// After `trunk build`: writes dist/embed.js from static/embed.js with the build's hashed file
// names (the app's JS, its wasm and the stylesheet), so a host page needs one stable address.
// Usage: node scripts/embed.mjs [dist]
import { readdir, readFile, writeFile } from 'node:fs/promises';

const dist = process.argv[2] ?? 'dist';
const files = await readdir(dist);
const one = (pattern) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) {
    console.error(`embed: expected one ${pattern} in ${dist}, found ${found.join(', ') || 'none'}`);
    process.exit(1);
  }
  return found[0];
};
const names = {
  __APP_JS__: one(/^app-[0-9a-f]+\.js$/),
  __APP_WASM__: one(/^app-[0-9a-f]+_bg\.wasm$/),
  __CSS__: one(/^style-[0-9a-f]+\.css$/),
};
let code = await readFile('static/embed.js', 'utf8');
for (const [placeholder, name] of Object.entries(names)) code = code.replaceAll(placeholder, name);
await writeFile(`${dist}/embed.js`, code);
