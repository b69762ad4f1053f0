// Browser timings of the release build (dist/) on loopback, headless Chromium, cold cache, no
// compression on the wire: navigation to the first complete quote painted (median of N cold
// loads, for a first visit in English and in Spanish), input to updated total over 50 edits
// (median and p95), and after load the JS heap and the memory of the page's renderer process
// (its proportional set size, from /proc: the largest renderer's, against the same figure for the
// blank page each context opens with).
// Prints figures; asserts nothing.   node scripts/bench-browser.mjs [loads]
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ROOT, launchChromium, list, median, p95, quotePainted, recordPaint } from './bench-lib.mjs';
import { serve } from './serve.mjs';

const loads = Number(process.argv[2] ?? 7);

const server = await serve(`${ROOT}dist`, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
// The floor: a static page with one line of text, the quote's, served the same way.
const floorDir = mkdtempSync(`${tmpdir()}/bench-floor-`);
writeFileSync(`${floorDir}/index.html`, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>'
  + '<body><p elementtiming="total-per-user"><span data-testid="total-per-user">$347.75</span> a month</p></body></html>');
const floorServer = await serve(floorDir, 0);
const floorBase = `http://127.0.0.1:${floorServer.address().port}/`;
const browser = await launchChromium();

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
 * `painted`, the first complete quote on screen, and `live`, the app's own total in the page
 * (see `recordPaint` in bench-lib.mjs).
 */
async function coldLoad(contextOptions, measureEdits, url = base) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const blank = largest(await renderers());
  await recordPaint(page);
  await page.goto(url);
  const quote = await quotePainted(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const result = {
    ...quote,
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
