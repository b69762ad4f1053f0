// Accessibility: axe-core (WCAG 2.1 A and AA rules) reports no violation in the default state,
// an error state, the dark theme, a 375 px wide phone viewport, Spanish, and with groups and a
// comparison. Each state's screenshot is saved in target/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { ROOT, exactRounding, start, typeInto } from './harness.mjs';

let env;
let axeSource;
before(async () => {
  env = await start();
  await mkdir(`${ROOT}/target/screenshots`, { recursive: true });
  axeSource = await readFile(`${ROOT}/tests/e2e/node_modules/axe-core/axe.min.js`, 'utf8');
});
after(async () => { await env?.stop(); });

async function violations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP doesn't govern.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const [state, options, act] of [
  ['default', { colorScheme: 'light', viewport: { width: 1280, height: 900 } }, null],
  ['an error state', { colorScheme: 'light', viewport: { width: 1280, height: 900 } }, (page) => typeInto(page.getByTestId('organizers'), 'abc')],
  ['the dark theme', { colorScheme: 'dark', viewport: { width: 1280, height: 900 } }, null],
  ['a 375 px phone', { colorScheme: 'light', viewport: { width: 375, height: 800 } }, null],
  ['Spanish', { colorScheme: 'light', locale: 'es-ES', viewport: { width: 1280, height: 900 } }, null],
  ['Spanish on a 375 px phone, dark', { colorScheme: 'dark', locale: 'es-ES', viewport: { width: 375, height: 800 } }, null],
  ['two groups and a comparison, dark', { colorScheme: 'dark', viewport: { width: 1280, height: 900 } }, async (page) => {
    await page.getByTestId('add-group').click();
    await page.getByTestId('compare-add').click();
    await typeInto(page.getByTestId('organizers').first(), '100');
  }],
]) {
  test(`axe finds no WCAG 2.1 AA violation in ${state}`, async () => {
    const context = await env.browser.newContext(options);
    const page = await context.newPage();
    await page.goto(env.base);
    await page.getByTestId('total-per-user').waitFor();
    if (act) await act(page);
    // Each state's screenshot is kept as a test artefact (target/screenshots/), to look at.
    await page.screenshot({ path: `${ROOT}/target/screenshots/${state.replaceAll(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true });
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

test('usable at 320 px wide and at 200 % zoom: nothing wider than the screen', async () => {
  // 200 % zoom of a 1280 px window lays out like a 640 px one at twice the pixel density.
  for (const [width, scale, locale] of [[320, 1, 'en-US'], [320, 1, 'es-ES'], [640, 2, 'en-US']]) {
    const context = await env.browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale, locale });
    const page = await context.newPage();
    await page.goto(env.base);
    await page.getByTestId('total-per-user').waitFor();
    await page.getByTestId('add-group').click();
    await page.getByTestId('compare-add').click();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width, `${locale} at ${width} px: the page is ${wide} px wide`);
    await typeInto(page.getByTestId('organizers').first(), '20');
    assert.notEqual(await page.getByTestId('total-per-user').innerText(), '');
    await context.close();
  }
});

test('the main flow works with the keyboard alone, with a visible focus', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.getByTestId('total-per-user').waitFor();
  // The figures below are worked out with every call lasting the average (selecting it moves
  // neither the focus nor the page: the keys below still start from the top).
  await exactRounding(page);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id);
  // Tab from the top of the page to the tenant country, never touching the mouse.
  for (let i = 0; i < 20 && (await focused()) !== 'tenant-country'; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'tenant-country');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focus is visible');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Albania');
  assert.equal(await page.getByTestId('total-per-user').innerText(), 'Not available');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('United Kingdom');
  // On through the term, the offer and the rate card to the first group's organizers.
  for (let i = 0; i < 30 && (await focused()) !== 'organizers'; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'organizers');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('100');
  // 100 organizers, GB tenant: the same rates as the US example (sample rates depend on the
  // destination, not the tenant): $695.50 (tests/state.rs).
  assert.equal(await page.getByTestId('total-per-user').innerText(), '$695.50');
  for (let i = 0; i < 60 && (await focused()) !== 'add-usage-line'; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'add-usage-line');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('usage-line').count(), 5);
  // The new line (AE, wireline, 1 x 10 min per organizer): 1,000 min x 0.0495 = 49.50 more.
  assert.equal(await page.getByTestId('total-per-user').innerText(), '$745.00');
  assert.match(await page.getByTestId('verdict').innerText(), /^The per-user licence is cheaper/);
  await context.close();
});

test('removing a line or a group with the keyboard leaves the focus beside it, not at the top', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.getByTestId('add-group').waitFor();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
  // The example's 4 lines: the first line's remove button, pressed with Enter, takes its line
  // away; the focus goes to the group's "+ Add a line", not to the page's body.
  await page.getByTestId('remove-usage-line').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('usage-line').count(), 3);
  assert.equal(await focused(), 'add-usage-line');
  // A second group, removed the same way: the focus goes to "+ Add an organizer group".
  await page.getByTestId('add-group').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('group').count(), 2);
  await page.getByTestId('remove-group').last().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('group').count(), 1);
  assert.equal(await focused(), 'add-group');
  await context.close();
});

test('the theme toggle applies, is remembered and stays accessible', async () => {
  const context = await env.browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.getByTestId('total-per-user').waitFor();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await background(), 'rgb(246, 247, 249)', 'light, as the system is');
  await page.getByTestId('theme').selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await background(), 'rgb(17, 21, 26)');
  assert.deepEqual(await violations(page), []);
  await page.reload();
  await page.getByTestId('total-per-user').waitFor();
  assert.equal(await background(), 'rgb(17, 21, 26)', 'remembered');
  assert.equal(await page.getByTestId('theme').inputValue(), 'dark');
  await page.getByTestId('theme').selectOption('auto');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
  assert.equal(await background(), 'rgb(246, 247, 249)');
  await context.close();
});
