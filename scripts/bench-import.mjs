// Times importing the 10,000-row rate sheets that tests/import.rs writes (run `make test` or
// `cargo test --test import` first): natively through the CLI, and in headless Chromium through
// the page's importer worker, against the release bundle in dist/. Prints figures; asserts nothing.
//   node scripts/bench-import.mjs [runs]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const files = ['ten-thousand-rows.csv', 'ten-thousand-rows.xlsx'].map((f) => `${ROOT}target/tmp/${f}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

execFileSync('cargo', ['build', '--release', '-q', '--bin', 'quote'], { cwd: ROOT, stdio: 'inherit' });
for (const file of files) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    execFileSync(`${ROOT}target/release/quote`, ['--rates', file, `${ROOT}examples/us-team.json`], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`native CLI, import + quote, ${file.split('/').pop()}: median ${median(times).toFixed(1)} ms over ${runs} runs`);
}

const server = await serve(`${ROOT}dist`, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const file of files) {
  const page = await browser.newPage();
  await page.goto(base);
  await page.getByTestId('total-per-user').waitFor();
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.getByTestId('reset').click();
    await page.evaluate(() => document.querySelector('[data-testid="use-builtin-rates"]')?.click());
    const t0 = Date.now();
    await page.getByTestId('import-rates').setInputFiles(file);
    await page.waitForFunction(() => /ten-thousand-rows/.test(document.querySelector('[data-testid="rate-card-notice"]').textContent));
    times.push(Date.now() - t0);
  }
  console.log(`browser worker, pick file to new notice, ${file.split('/').pop()}: first ${times[0]} ms (loads the worker), median ${median(times)} ms over ${runs} runs`);
  await page.close();
}
await browser.close();
server.close();
