// The calculator end to end: release bundle, headless Chromium, the public data-testid hooks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cliDisplay, exactRounding, openPage, setLine, start, text, violations, typeInto } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('the first screen shows the same figures as the CLI for examples/us-team.json', async () => {
  // The first screen as it opens: calls vary in length (the default, as the example file has no
  // `rounding`), so each call is billed max(ceil10(avg), avg + 0.05) minutes.
  const { page, record } = await openPage(env, '', { rounding: 'varied' });
  assert.equal(await page.getByTestId('rounding').inputValue(), 'varied');
  const expected = cliDisplay('examples/us-team.json');
  // By hand (sample card): licence 50 x 4.00 = 200.00 + toll-free 100 calls x 25.05 x 0.0228 =
  // 57.114 + GB dial-out (200 x 20.05 = 4,010 - 3,000 pool) x 0.0165 = 16.665 + AE 50 x 10.05 x
  // 0.1485 = 74.62125: 348.40025; pay-per-minute: toll 500 x 30.05 x 0.0165 = 247.9125 + 57.114
  // + 4,010 x 0.0165 = 66.165 + 74.62125 = 445.81275. (Every call lasting the average, as
  // tests/engine.rs works it out: $347.75 vs $444.75.)
  assert.equal(expected.total_per_user, '$348.40');
  assert.equal(expected.total_ppm, '$445.81');
  assert.equal(await text(page, 'total-per-user'), expected.total_per_user);
  assert.equal(await text(page, 'total-ppm'), expected.total_ppm);
  assert.equal(await text(page, 'savings'), expected.savings);
  assert.equal(await text(page, 'break-even'), expected.break_even);
  assert.equal(await text(page, 'verdict'), expected.verdict);
  assert.match(await text(page, 'rate-card-notice'), /^Sample rates, not Microsoft's price list/);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(await violations(page), [], 'the strict Content-Security-Policy holds');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const rule of ["script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(csp.includes(rule), rule);
  }
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  await page.close();
});

test('a scenario entered through the hooks matches the CLI for examples/uk-sales.json', async () => {
  const { page, record } = await openPage(env);
  await typeInto(page.getByTestId('tenant-country'), 'United Kingdom');
  await typeInto(page.getByTestId('organizers'), '20');
  await page.getByTestId('licence-offer').selectOption('audio_conferencing');
  await typeInto(page.getByTestId('licence-price'), '4.00');
  const row = (n) => page.getByTestId('usage-line').nth(n);
  // Remove the last default line, then add it back through the add button.
  await row(3).getByTestId('remove-usage-line').click();
  assert.equal(await page.getByTestId('usage-line').count(), 3);
  await page.getByTestId('add-usage-line').click();
  assert.equal(await page.getByTestId('usage-line').count(), 4);
  await setLine(page, 0, { kind: 'toll_dial_in', country: 'United Kingdom', calls: '8', minutes: '45' });
  await setLine(page, 1, { kind: 'toll_free_dial_in', country: 'Germany', phone: 'wireless', calls: '2', minutes: '12.34' });
  await setLine(page, 2, { kind: 'dial_out', country: 'France', phone: 'wireless', calls: '3', minutes: '15' });
  await setLine(page, 3, { kind: 'dial_out', country: 'IN', phone: 'wireline', calls: '5', minutes: '7.5', basis: 'total' });

  // By hand: licence 20 x 4 + toll-free 40 calls x 12.4 min x 0.0228 = 91.3088 (dial-out inside
  // the 1,200-minute pool); pay-per-minute 7,200 x 0.0165 + 11.3088 + 900 x 0.0495 + 37.5 x 0.0165
  // = 175.27755.
  const expected = cliDisplay('examples/uk-sales.json');
  assert.equal(expected.total_per_user, '$91.31');
  assert.equal(expected.total_ppm, '$175.28');
  for (const [testid, key] of [['total-per-user', 'total_per_user'], ['total-ppm', 'total_ppm'],
    ['savings', 'savings'], ['break-even', 'break_even'], ['verdict', 'verdict'], ['pool', 'pool']]) {
    assert.equal(await text(page, testid), expected[key], testid);
  }
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.lateRequests, [], 'no request after the page loaded');
  await page.close();
});

test('bad input shows a message beside its field and keeps the last valid quote', async () => {
  const { page, record } = await openPage(env);
  // Pasted whole (typed key by key, "1e30" would pass through "1", a valid value with its own
  // quote; tests/e2e/typing.test.mjs types through invalid values).
  for (const bad of ['abc', '-1', '1e30', '']) {
    await page.getByTestId('organizers').fill(bad);
    assert.equal(await page.getByTestId('organizers').inputValue(), bad, 'what was typed stays');
    assert.equal(await page.getByTestId('organizers').getAttribute('aria-invalid'), 'true');
    assert.ok((await page.locator('#organizers-error').innerText()).length > 0, `message for ${JSON.stringify(bad)}`);
    assert.equal(await text(page, 'total-per-user'), '$347.75');
  }
  await typeInto(page.getByTestId('usage-line').nth(2).getByTestId('usage-country'), 'Narnia');
  assert.match(await page.locator('.usage-line .error:not(:empty)').first().innerText(), /Pick a country/);
  await typeInto(page.getByTestId('usage-line').nth(2).getByTestId('usage-country'), 'United Kingdom');
  await typeInto(page.getByTestId('organizers'), '100');
  // 100 organizers: 695.50 vs 889.50 (tests/state.rs).
  assert.equal(await text(page, 'total-per-user'), '$695.50');
  assert.equal(await page.locator('#organizers-error').innerText(), '', 'the message slot is empty again');
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.lateRequests, []);
  await page.close();
});

test('a pay-per-minute-only country says so instead of pricing the licence', async () => {
  const { page } = await openPage(env);
  await typeInto(page.getByTestId('tenant-country'), 'Albania');
  assert.equal(await text(page, 'total-per-user'), 'Not available');
  assert.equal(await text(page, 'total-ppm'), '$444.75');
  assert.match(await text(page, 'verdict'), /Only pay-per-minute can be bought in Albania/);
  // The licence's card says why it can't be bought (the warnings don't repeat it).
  assert.match(await page.locator('.option .unavailable').first().innerText(), /pay-per-minute only/);
  assert.doesNotMatch(await text(page, 'warnings'), /pay-per-minute only/);
  await page.close();
});

test('a preset loads a typical customer and says what it assumes', async () => {
  const { page, record } = await openPage(env);
  await page.getByTestId('preset').selectOption('us-only');
  // A preset starts with calls that vary in length; tests/presets.rs prices it with every call
  // lasting the average, as here.
  await exactRounding(page);
  // tests/presets.rs: $100.00 vs $241.31.
  assert.equal(await text(page, 'total-per-user'), '$100.00');
  assert.equal(await text(page, 'total-ppm'), '$241.31');
  assert.equal(await page.getByTestId('usage-line').count(), 2);
  assert.match(await page.locator('#preset-assumes').innerText(), /^25 organizers in the US/);
  assert.deepEqual(record.errors, []);
  await page.close();
});
