// Browser timings of the release build (dist/) on loopback, headless Chromium, cold cache, no
// compression on the wire: navigation to the first complete quote painted (median of N cold
// loads), input to updated total over 50 edits (median and p95), and after load the JS heap and
// the memory of the page's renderer process (its proportional set size, from /proc: the largest
// renderer's, against the same figure for the blank page each context opens with).
// Prints figures; asserts nothing.   node scripts/bench-browser.mjs [loads]
import { readFileSync } from 'node:fs';
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

const browserCdp = await browser.newBrowserCDPSession();
/// Each renderer process's proportional set size in bytes, by process id.
const renderers = async () => {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => {
    let pss = 0;
    try { pss = Number(readFileSync(`/proc/${p.id}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)[1]) * 1024; } catch { /* gone */ }
    return [p.id, pss];
  }));
};

const firstQuote = [];
const inDom = [];
const heaps = [];
const rendererMemory = [];
const blankMemory = [];
const largest = (pss) => Math.max(0, ...pss.values());
let edits = [];
for (let i = 0; i < loads; i++) {
  const context = await browser.newContext(); // a fresh context: cold cache, no storage
  const page = await context.newPage();
  blankMemory.push(largest(await renderers()));
  // From navigation start until the first total is in the page, and until it is painted (the
  // Element Timing API: results.rs marks the figure's paragraph with `elementtiming`). A page
  // is only seen once painted; the first figure shows how much of the wait is layout and paint.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const total = document.querySelector('[data-testid="total-per-user"]');
      if (total && /\d/.test(total.textContent)) {
        window.__inDom = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) {
        if (entry.identifier === 'total-per-user') window.__painted = entry.renderTime;
      }
    }).observe({ type: 'element', buffered: true });
  });
  await page.goto(base);
  await page.waitForFunction(() => window.__inDom !== undefined && window.__painted !== undefined);
  const times = await page.evaluate(() => [window.__inDom, window.__painted]);
  inDom.push(times[0]);
  firstQuote.push(times[1]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  heaps.push(metrics.find((m) => m.name === 'JSHeapUsedSize').value);
  rendererMemory.push(largest(await renderers()));
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
  // The page's renderer is the one that ended with its context.

}
await browser.close();
server.close();
const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');
console.log(`first complete quote painted after navigation: median ${median(firstQuote).toFixed(0)} ms over ${loads} cold loads (${list(firstQuote)})`);
console.log(`  (the total in the page, before layout and paint: median ${median(inDom).toFixed(0)} ms: ${list(inDom)})`);
console.log(`input to updated total: median ${median(edits).toFixed(2)} ms, p95 ${p95(edits).toFixed(2)} ms over ${edits.length} edits`);
console.log(`JS heap after load: median ${(median(heaps) / 1024 / 1024).toFixed(1)} MiB`);
const mib = (xs) => `${(median(xs) / 1024 / 1024).toFixed(1)} MiB`;
console.log(`renderer process after load (PSS): median ${mib(rendererMemory)} (a blank page's: ${mib(blankMemory)})`);
