// The first screen prerendered into index.html (src/ui/prerender.rs): painted before the app
// runs, hidden by static/prerender-guard.js when the visit opens anything else, and replaced by
// the app. Most of these block the wasm, so what shows is what the page shows before the app.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** The page without its app (the wasm request fails), after `setup` ran in a fresh context. */
async function withoutApp({ locale = 'en-US', path = '', storage = {} } = {}) {
  const context = await env.browser.newContext({ locale });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  await page.goto(env.base + path);
  await page.waitForLoadState('load');
  const copy = page.locator('.ac-prerendered');
  const state = {
    shown: await copy.evaluate((e) => getComputedStyle(e).display !== 'none'),
    inert: await copy.evaluate((e) => e.inert),
    totals: await copy.locator('.monthly').allTextContents(),
    theme: await page.evaluate(() => document.documentElement.dataset.theme ?? null),
    first: await page.locator('meta[name="audio-cost-first-screen"]').getAttribute('content'),
  };
  await context.close();
  return state;
}

test('a first visit sees the example quote before the app runs, and cannot use it yet', async () => {
  const state = await withoutApp();
  assert.equal(state.shown, true);
  assert.equal(state.inert, true);
  // The example's totals as the app shows them on opening, calls varying in length (each billed
  // max(ceil10(avg), avg + 0.05) minutes): licence 200.00 + toll-free 100 x 25.05 x 0.0228 =
  // 57.114 + GB dial-out (200 x 20.05 = 4,010 - 3,000 pool) x 0.0165 = 16.665 + AE 50 x 10.05 x
  // 0.1485 = 74.62125: $348.40025; pay-per-minute 500 x 30.05 x 0.0165 = 247.9125 + 57.114 +
  // 4,010 x 0.0165 = 66.165 + 74.62125: $445.81275.
  assert.deepEqual(state.totals.slice(0, 2), ['$348.40 a month', '$445.81 a month']);
  assert.equal(state.theme, null, 'no theme chosen: the system decides');
});

test('a visit that opens anything else hides the prerendered screen', async () => {
  const { first } = await withoutApp();
  // Another language, a link to another scenario, other saved work, an iframe embed.
  assert.equal((await withoutApp({ locale: 'es-ES' })).shown, false, 'Spanish');
  assert.equal((await withoutApp({ storage: { 'audio-cost.language': 'es' } })).shown, false, 'Spanish, chosen');
  assert.equal((await withoutApp({ path: '#v3.AQJHQgAB' })).shown, false, 'another link');
  assert.equal((await withoutApp({ storage: { 'audio-cost.scenario': 'v3.AQJHQgAB' } })).shown, false, 'saved work');
  assert.equal((await withoutApp({ path: '?embed=1' })).shown, false, 'an iframe embed');
  // What opens exactly the first screen keeps it, whatever the browser's language: the link and
  // the saved work carry their language (English). A French browser falls back to English.
  assert.equal((await withoutApp({ path: `#${first}`, locale: 'es-ES' })).shown, true, 'its own link');
  assert.equal((await withoutApp({ storage: { 'audio-cost.scenario': first } })).shown, true, 'saved, unchanged');
  assert.equal((await withoutApp({ locale: 'fr-FR' })).shown, true, 'French: English it is');
});

test('the remembered theme applies before the first paint', async () => {
  const state = await withoutApp({ storage: { 'audio-cost.theme': 'dark' } });
  assert.equal(state.theme, 'dark');
  assert.equal(state.shown, true);
});

test('the app takes the prerendered screen\'s place', async () => {
  const { page, record } = await openPage(env);
  await page.getByTestId('organizers').waitFor();
  assert.equal(await page.locator('.ac-prerendered').count(), 0);
  assert.equal(await page.getByTestId('total-per-user').count(), 1);
  assert.equal(await page.locator('.calculator').count(), 1);
  assert.deepEqual(record.errors, []);
  await page.close();
});
