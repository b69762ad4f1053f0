// Browser timings of the release build (dist/) on loopback, headless Chromium, cold cache, no
// compression on the wire: navigation to the first complete quote painted (median of N cold
// loads, for a first visit in English and in Spanish), input to updated total over 50 edits
// (median and p95), and after load the JS heap and the memory of the page's renderer process
// (its proportional set size, from /proc: the largest renderer's, against the same figure for the
// blank page each context opens with).
// Prints figures; asserts nothing.   node scripts/bench-browser.mjs [loads]
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const loads = Number(process.argv[2] ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

const server = await serve(`${ROOT}dist`, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
// The floor: a static page with one line of text, the quote's, served the same way.
const floorDir = mkdtempSync(`${tmpdir()}/bench-floor-`);
writeFileSync(`${floorDir}/index.html`, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>'
  + '<body><p elementtiming="total-per-user"><span data-testid="total-per-user">$347.75</span> a month</p></body></html>');
const floorServer = await serve(floorDir, 0);
const floorBase = `http://127.0.0.1:${floorServer.address().port}/`;
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

const largest = (pss) => Math.max(0, ...pss.values());

/**
 * One cold load in a fresh context (cold cache, no storage), timed from navigation start:
 * - `painted`: the first complete quote on screen. The Element Timing API reports when the
 *   total's paragraph was first painted (results.rs marks it `elementtiming`). A first visit is
 *   painted from the screen prerendered into index.html (src/ui/prerender.rs), which the app
 *   removes as it takes over, often before Chrome reports that paint: when that screen was shown
 *   with its total in view, its paint is the first contentful paint;
 * - `live`: the app's own total in the page, before layout and paint.
 */
async function coldLoad(contextOptions, measureEdits, url = base) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const blank = largest(await renderers());
  await page.addInitScript(() => {
    window.__timing = { element: [], fcp: undefined, live: undefined, prerendered: false };
    new MutationObserver((_, observer) => {
      const total = document.querySelector('[data-testid="total-per-user"]');
      if (total && /\d/.test(total.textContent)) {
        window.__timing.live = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) {
        if (entry.identifier === 'total-per-user') window.__timing.element.push(entry.renderTime);
      }
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) {
        if (entry.name === 'first-contentful-paint') window.__timing.fcp = entry.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const copy = document.querySelector('.ac-prerendered .monthly');
      window.__timing.prerendered = copy !== null && copy.checkVisibility()
        && copy.getBoundingClientRect().bottom <= innerHeight;
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__timing.live !== undefined && window.__timing.element.length > 0);
  await page.waitForTimeout(100);
  const timing = await page.evaluate(() => window.__timing);
  const painted = Math.min(...timing.element, ...(timing.prerendered ? [timing.fcp] : []));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const result = {
    painted,
    live: timing.live,
    prerendered: timing.prerendered,
    heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value,
    renderer: largest(await renderers()),
    blank,
  };
  if (measureEdits) {
    // 50 edits of the organizer count; each timed from the input event to the total's change.
    result.edits = await page.evaluate(async () => {
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
  return result;
}

// A first visit in English (the prerendered screen), and one in Spanish, which the prerendered
// screen doesn't fit: the app draws the first quote itself.
const first = [];
const spanish = [];
const floor = [];
for (let i = 0; i < loads; i++) { // alternating, so all see the same machine
  first.push(await coldLoad({ locale: 'en-US' }, i === 0));
  spanish.push(await coldLoad({ locale: 'es-ES' }, false));
  floor.push(await coldLoad({ locale: 'en-US' }, false, floorBase));
}
await browser.close();
server.close();
floorServer.close();
const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');
const of = (runs, key) => runs.map((r) => r[key]);
const shown = first.filter((r) => r.prerendered).length;
console.log(`first complete quote painted after navigation, first visit: median ${median(of(first, 'painted')).toFixed(0)} ms over ${loads} cold loads (${list(of(first, 'painted'))}); the prerendered screen was shown in ${shown}`);
console.log(`  the app's own total in the page: median ${median(of(first, 'live')).toFixed(0)} ms (${list(of(first, 'live'))})`);
console.log(`first complete quote painted, Spanish browser (no prerendered screen): median ${median(of(spanish, 'painted')).toFixed(0)} ms (${list(of(spanish, 'painted'))})`);
console.log(`  the total in the page, before layout and paint: median ${median(of(spanish, 'live')).toFixed(0)} ms (${list(of(spanish, 'live'))})`);
console.log(`for scale, a static page of one line painted: median ${median(of(floor, 'painted')).toFixed(0)} ms (${list(of(floor, 'painted'))})`);
const edits = first[0].edits;
console.log(`input to updated total: median ${median(edits).toFixed(2)} ms, p95 ${p95(edits).toFixed(2)} ms over ${edits.length} edits`);
console.log(`JS heap after load: median ${(median(of(first, 'heap')) / 1024 / 1024).toFixed(1)} MiB`);
const mib = (xs) => `${(median(xs) / 1024 / 1024).toFixed(1)} MiB`;
console.log(`renderer process after load (PSS): median ${mib(of(first, 'renderer'))} (a blank page's: ${mib(of(first, 'blank'))})`);
