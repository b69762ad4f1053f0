// Times importing a generated PSTN usage report in headless Chromium, through the page's worker
// (4 MB slices, progress bar), against the release bundle in dist/: from picking the file to the
// summary on screen. Prints one line; asserts nothing. scripts/bench-usage.sh writes the files.
//   node scripts/bench-usage-browser.mjs FILE RUNS
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve(`${ROOT}dist`, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(base);
await page.getByTestId('total-per-user').waitFor();
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = Date.now();
  await page.getByTestId('import-usage').setInputFiles(file);
  await page.getByTestId('usage-summary').waitFor({ timeout: 300_000 });
  times.push(Date.now() - t0);
  // The next run starts from no summary: a file that is not a report clears it.
  await page.getByTestId('import-usage').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('x\n') });
  await page.getByTestId('usage-problem').waitFor();
}
const mb = Math.round(statSync(file).size / 1024 / 1024);
const first = runs > 1 ? `first ${times[0]} ms (loads the worker), ` : '';
console.log(`browser worker, pick file to summary, ${file.split('/').pop()} (${mb} MB): ${first}median ${median(times)} ms over ${runs} runs`);
await browser.close();
server.close();
