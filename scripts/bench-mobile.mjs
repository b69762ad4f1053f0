// The release build (dist/) on an emulated mid-range phone: 150 ms round trip, 1.6 Mbit/s down and
// 750 kbit/s up (DevTools network emulation: a delay per request and a throughput cap, no TCP
// slow start), the page's CPU slowed 4x (DevTools CPU throttling), gzip -9 on the wire
// (serve.mjs's gzip option), cold cache (a fresh context per load). A first visit in English,
// timed from navigation start:
// - first paint of the quote: the first complete quote on screen (`recordPaint` in bench-lib.mjs);
// - interactive: when the live app first answers input. As soon as the organizers field of the
//   app's form is in the page and enabled (polled every 50 ms; not the prerendered copy, which
//   has no test hooks and which the app removes), it is focused with the caret at the end and
//   one real key, "1", is typed (a trusted key event from DevTools); interactive is when the
//   total per user then first shows another text in the page (a MutationObserver stamps
//   performance.now(); before layout and paint). A poll answers only when the page's main thread
//   is free, so the gap between the field's appearance and the key (both printed) is mostly
//   start-up work a real key would wait for too; the rest, up to one poll interval and a
//   DevTools round trip, makes interactive late.
// Prints one round: the median of N cold loads and each load's figure. Asserts nothing.
//   node scripts/bench-mobile.mjs [loads] [label]
import { ROOT, launchChromium, list, median, quotePainted, recordPaint } from './bench-lib.mjs';
import { serve } from './serve.mjs';

const loads = Number(process.argv[2] ?? 5);
const label = process.argv[3] ?? 'one round';
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;
const POLL_MS = 50;

const server = await serve(`${ROOT}dist`, 0, '127.0.0.1', undefined, { gzip: true });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();

/** Runs in the page before its own scripts: stamps, from navigation start, when the live
 * organizers field appears (`field`), when the key is sent (`key`) and when the total then
 * changes (`changed`). */
function recordAnswer() {
  // The live app's organizers field, when it can take a key; the prerendered copy has none.
  window.__liveField = () => {
    const input = document.querySelector('[data-testid="organizers"]');
    return input && !input.disabled && !input.closest('.ac-prerendered') ? input : null;
  };
  window.__answer = { field: undefined, key: undefined, changed: undefined, before: undefined };
  new MutationObserver((_, observer) => {
    const answer = window.__answer;
    if (answer.field === undefined && window.__liveField()) answer.field = performance.now();
    if (answer.key !== undefined
      && document.querySelector('[data-testid="total-per-user"]')?.textContent !== answer.before) {
      answer.changed = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  // The key event's own time stamp: when the browser sent it, before the busy page handles it.
  addEventListener('keydown', (e) => {
    if (e.isTrusted && window.__answer.key === undefined) window.__answer.key = e.timeStamp;
  }, true);
}

async function coldLoad() {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let wire = 0; // response bytes as transferred: compressed, with headers
  cdp.on('Network.loadingFinished', (e) => { wire += e.encodedDataLength; });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await recordPaint(page);
  await page.addInitScript(recordAnswer);
  await page.goto(base, { waitUntil: 'commit' });
  const polling = Date.now();
  for (;;) {
    const ready = await page.evaluate(() => {
      const input = window.__liveField();
      if (!input) return false;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      window.__answer.before = document.querySelector('[data-testid="total-per-user"]').textContent;
      return true;
    });
    if (ready) break;
    if (Date.now() - polling > 60_000) throw new Error('the organizers field never appeared');
    await page.waitForTimeout(POLL_MS);
  }
  await page.keyboard.press('1');
  await page.waitForFunction(() => window.__answer.changed !== undefined, null, { timeout: 30_000 }).catch(() => {});
  const answer = await page.evaluate(() => window.__answer);
  const quote = await quotePainted(page);
  await context.close();
  return { ...quote, ...answer, wire };
}

const runs = [];
for (let i = 0; i < loads; i++) runs.push(await coldLoad());
await browser.close();
server.close();

const of = (key) => runs.map((r) => r[key] ?? NaN);
// A load the app never answered has no figure: the median is of the others.
const figure = (key) => `median ${median(of(key).filter(Number.isFinite)).toFixed(0)} ms (${list(of(key))})`;
const shown = runs.filter((r) => r.prerendered).length;
const unanswered = runs.filter((r) => r.changed === undefined).length;
console.log(`${label}, ${loads} cold loads:`);
console.log(`  first paint of the quote: ${figure('painted')}; the prerendered screen was shown in ${shown}`);
console.log(`  interactive (a key typed in the organizers field changes the total): ${figure('changed')}${unanswered ? `; no answer in ${unanswered}` : ''}`);
console.log(`    the live organizers field in the page: ${figure('field')}`);
console.log(`    the key sent: ${figure('key')}`);
console.log(`  bytes on the wire per load (gzip, with headers): median ${median(of('wire')).toLocaleString('en-US')}`);
