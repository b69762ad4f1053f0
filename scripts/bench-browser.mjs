// Browser timings of the release build (dist/) on loopback, headless Chromium, cold cache, no
// compression on the wire: navigation to the first complete quote on screen (median of N cold
// loads), input to updated total over 50 edits (median and p95), and the JS heap after load.
// Prints figures; asserts nothing.   node scripts/bench-browser.mjs [loads]
import { fileURLToPath } from 'node:url';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const loads = Number(process.argv[2] ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

const server = await serve(`${ROOT}dist`, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const firstQuote = [];
const heaps = [];
let edits = [];
for (let i = 0; i < loads; i++) {
  const context = await browser.newContext(); // a fresh context: cold cache, no storage
  const page = await context.newPage();
  // Time from navigation start until the first total is on screen.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const total = document.querySelector('[data-testid="total-per-user"]');
      if (total && /\d/.test(total.textContent)) {
        window.__firstQuote = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(base);
  await page.waitForFunction(() => window.__firstQuote !== undefined);
  firstQuote.push(await page.evaluate(() => window.__firstQuote));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  heaps.push(metrics.find((m) => m.name === 'JSHeapUsedSize').value);
  if (i === 0) {
    // 50 edits of the organizer count; each timed from the input event to the total's change.
    edits = await page.evaluate(async () => {
      const input = document.querySelector('[data-testid="organizers"]');
      const total = document.querySelector('[data-testid="total-per-user"]');
      const times = [];
      for (let n = 0; n < 50; n++) {
        const before = total.textContent;
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (total.textContent !== before) { observer.disconnect(); resolve(performance.now()); }
          });
          observer.observe(total, { childList: true, subtree: true, characterData: true });
        });
        const t0 = performance.now();
        input.value = String(51 + n);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push((await changed) - t0);
      }
      return times;
    });
  }
  await context.close();
}
await browser.close();
server.close();
console.log(`first complete quote after navigation: median ${median(firstQuote).toFixed(0)} ms over ${loads} cold loads (${firstQuote.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`input to updated total: median ${median(edits).toFixed(2)} ms, p95 ${p95(edits).toFixed(2)} ms over ${edits.length} edits`);
console.log(`JS heap after load: median ${(median(heaps) / 1024 / 1024).toFixed(1)} MiB`);
