// For everyone, in English and Spanish: the browser's language, the switch, locale-formatted
// money through Intl, typing with a decimal comma, country names, and a display currency.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { exactRounding, openIn, settledLink, start, typeInto } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// Intl separates the amount and the currency with a no-break space.
const text = async (page, testid) => (await page.getByTestId(testid).first().innerText()).replaceAll('\u00a0', ' ');

test('a Spanish browser gets the page in Spanish, with Spanish money and country names', async () => {
  const { context, page, errors } = await openIn(env, 'es-ES');
  assert.equal(await page.locator('h1').innerText(), 'Calculadora de costes de Audioconferencia de Teams');
  assert.equal(await page.locator('label[for="tenant-country"]').innerText(), 'País del inquilino');
  assert.equal(await page.getByTestId('tenant-country').inputValue(), 'Estados Unidos');
  assert.equal(await page.getByTestId('language').inputValue(), 'es');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  // The example as a first visit sees it, calls varying in length: $348.40025 and $445.81275
  // (worked out in tests/e2e/app.test.mjs, the first screen), as Chromium's Intl writes them in es.
  assert.equal(await page.getByTestId('rounding').inputValue(), 'varied');
  assert.equal(await text(page, 'total-per-user'), '348,40 US$');
  assert.equal(await text(page, 'total-ppm'), '445,81 US$');
  assert.match(await text(page, 'verdict'), /^La licencia por usuario sale más barata\./);
  // 445.81275 - 348.40025 = $97.4125 a month, 97.4125 / 445.81275 = 21.85 % (21.9 shown), and
  // the months as shown: 12 x (445.81 - 348.40) = $1,168.92 over 12 months.
  assert.equal(await text(page, 'savings'), '97,41 US$ al mes (21,9 %), 1168,92 US$ en 12 meses');

  // The figures typed below are worked out with every call lasting the average.
  await exactRounding(page);

  // Typed the Spanish way: 100 organizers; the first line at 10,5 calls of 30 min.
  // 100 organizers cost $695.50 on the licence (tests/state.rs); toll dial-in is included, so
  // 10,5 calls only change pay-per-minute: 100 x 0.5 x 30 min x 0.0165 = $24.75 more than $889.50.
  await typeInto(page.getByTestId('organizers'), '100');
  await typeInto(page.getByTestId('usage-calls').first(), '10,5');
  assert.equal(await text(page, 'total-per-user'), '695,50 US$');
  assert.equal(await text(page, 'total-ppm'), '914,25 US$');
  // A point groups thousands in Spain, but "10.5" can't be a group of three: it can only mean
  // 10,5, and reads so. "1.2.3" reads neither way, and says how decimals are written here.
  await typeInto(page.getByTestId('usage-calls').first(), '10.5');
  assert.equal(await text(page, 'total-ppm'), '914,25 US$');
  await typeInto(page.getByTestId('usage-calls').first(), '1.2.3');
  assert.equal(await page.getByTestId('usage-line').first().locator('.error:not(:empty)').innerText(), 'Escribe los decimales como en 2,5');
  await typeInto(page.getByTestId('usage-calls').first(), '10');
  // A Spanish country name is understood: the UK tenant prices the same (sample rates depend on
  // the destination only).
  await typeInto(page.getByTestId('tenant-country'), 'Reino Unido');
  assert.equal(await page.getByTestId('tenant-country').getAttribute('aria-invalid'), null);
  assert.equal(await text(page, 'total-per-user'), '695,50 US$');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Mexico the Spanish page types and shows numbers the Mexican way', async () => {
  const { context, page, errors } = await openIn(env, 'es-MX');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  // Chromium's Intl for es-MX writes USD as "USD 348.40" (the first screen, calls varying in
  // length: tests/e2e/app.test.mjs); es-ES would write "348,40 US$".
  assert.equal(await text(page, 'total-per-user'), 'USD 348.40');
  // The figures typed below are worked out with every call lasting the average.
  await exactRounding(page);
  // The list price, for editing, with a decimal point.
  assert.equal(await page.getByTestId('licence-price').inputValue(), '4.00');
  // Typed the Mexican way: 1,000 organizers (a comma groups thousands), 10.5 calls on line 1.
  // 1,000 organizers: 1,000 x 4.00 = $4,000.00 of licences; toll-free 1,000 x 2 x 25 x 0.0228
  // = $1,140.00; GB 1,000 x 4 x 20 = 80,000 min, the pool of 60,000 leaves 20,000 x 0.0165 =
  // $330.00; AE 1,000 x 1 x 10 x 0.1485 = $1,485.00: $6,955.00 (tests/state.rs has 100
  // organizers at $695.50, a tenth of it).
  await typeInto(page.getByTestId('organizers'), '1,000');
  assert.equal(await page.getByTestId('organizers').getAttribute('aria-invalid'), null);
  assert.equal(await text(page, 'total-per-user'), 'USD 6,955.00');
  // Pay-per-minute, 100 organizers at 10.5 calls: $889.50 + 100 x 0.5 x 30 x 0.0165 = $914.25.
  await typeInto(page.getByTestId('organizers'), '100');
  await typeInto(page.getByTestId('usage-calls').first(), '10.5');
  assert.equal(await text(page, 'total-ppm'), 'USD 914.25');
  // "10,5" can't be a thousands group, so it can only mean 10.5: the same total.
  await typeInto(page.getByTestId('usage-calls').first(), '10,5');
  assert.equal(await text(page, 'total-ppm'), 'USD 914.25');
  // Neither reading: the message shows a Mexican decimal.
  await typeInto(page.getByTestId('usage-calls').first(), '1,2,3');
  assert.equal(await page.getByTestId('usage-line').first().locator('.error:not(:empty)').innerText(), 'Escribe los decimales como en 2.5');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language switch applies at once, is remembered, and travels in the link', async () => {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.getByTestId('total-per-user').waitFor();
  // The example with every call lasting the average (tests/engine.rs); the link carries it.
  await exactRounding(page);
  assert.equal(await text(page, 'total-per-user'), '$347.75');
  await page.getByTestId('language').selectOption('es');
  assert.equal(await text(page, 'total-per-user'), '347,75 US$');
  assert.equal(await page.getByTestId('add-usage-line').innerText(), '+ Añadir una línea');
  const link = await settledLink(page);
  await page.goto(env.base); // no link: remembered in this browser
  await page.getByTestId('total-per-user').waitFor();
  assert.equal(await page.getByTestId('language').inputValue(), 'es');
  // Someone else, with an English browser, opens the Spanish quote in Spanish.
  const other = await env.browser.newContext({ locale: 'en-GB' });
  const theirs = await other.newPage();
  await theirs.goto(link);
  await theirs.getByTestId('total-per-user').waitFor();
  assert.equal(await text(theirs, 'total-per-user'), '347,75 US$');
  await theirs.getByTestId('language').selectOption('en');
  assert.equal(await text(theirs, 'total-per-user'), '$347.75');
  assert.equal(await theirs.getByTestId('tenant-country').inputValue(), 'United States');
  await other.close();
  await context.close();
});

test('totals also in another currency, at the rate typed, marked approximate', async () => {
  const context = await env.browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.getByTestId('total-per-user').waitFor();
  // The example with every call lasting the average: $347.75 and $444.75 (tests/engine.rs).
  await exactRounding(page);
  await page.getByTestId('display-currency').selectOption('EUR');
  await typeInto(page.getByTestId('exchange-rate'), '0,92');
  // 347.75 x 0.92 = 319.93 EUR; the dollars stay the priced figure.
  assert.equal(await text(page, 'total-per-user'), '347,75 US$');
  assert.equal(await text(page, 'total-per-user-converted'), '≈ 319,93 € (aprox., a 1 USD = 0,92 EUR)');
  // 444.75 x 0.92 = 409.17.
  assert.match(await text(page, 'total-ppm-converted'), /^≈ 409,17 €/);
  await typeInto(page.getByTestId('exchange-rate'), '0');
  assert.equal(await page.getByTestId('exchange-rate').getAttribute('aria-invalid'), 'true');
  // A rate that doesn't read converts nothing, not even at the 0,92 that read before; the
  // quote itself is current, so it isn't marked as the last valid one.
  assert.equal(await page.getByTestId('total-per-user-converted').count(), 0);
  assert.equal(await page.locator('.results.stale').count(), 0);
  await context.close();
});
