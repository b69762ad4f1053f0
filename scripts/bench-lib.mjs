// What the browser benchmarks (bench-browser.mjs, bench-mobile.mjs) share: Chromium launched the
// same way, the statistics, and the timing of the first complete quote painted.
import { fileURLToPath } from 'node:url';
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
export const list = (xs) => xs.map((t) => t.toFixed(0)).join(', ');

/** Headless Chromium without the background work (updates, sync) that would load the machine. */
export const launchChromium = () => chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * Makes `page` record, from navigation start, what `quotePainted` reads:
 * - the first paint of the total's paragraph, by the Element Timing API (results.rs marks it
 *   `elementtiming`), and the first contentful paint. A first visit is painted from the screen
 *   prerendered into index.html (src/ui/prerender.rs), which the app removes as it takes over,
 *   often before Chrome reports that paint: when that screen was shown with its total in view,
 *   its paint is the first contentful paint;
 * - `live`: the app's own total in the page, before layout and paint.
 */
export async function recordPaint(page) {
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
}

/** Once the app's total is in the page and painted: `{ painted, live, prerendered }`, in ms from
 * navigation start (see `recordPaint`). */
export async function quotePainted(page) {
  await page.waitForFunction(() => window.__timing.live !== undefined && window.__timing.element.length > 0);
  await page.waitForTimeout(100); // for a first contentful paint not yet reported
  const timing = await page.evaluate(() => window.__timing);
  const painted = Math.min(...timing.element, ...(timing.prerendered ? [timing.fcp] : []));
  return { painted, live: timing.live, prerendered: timing.prerendered };
}
