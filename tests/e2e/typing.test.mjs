// Typing as a person types: key by key, through values that don't read yet, with the keyboard
// alone. A field must keep its element (and so the focus and every key) whatever its state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cliDisplay, openPage, ROOT, start, text, typeInto } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const row = (page, n) => page.getByTestId('usage-line').nth(n);
const focusedTestid = (page) => page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.tagName);

/** The example (examples/us-team.json) with `change` applied, priced by the CLI with every
 * call lasting the average, as on the pages here (`openPage` pins it). */
function exampleWith(change) {
  const scenario = JSON.parse(readFileSync(`${ROOT}/examples/us-team.json`, 'utf8'));
  scenario.rounding = 'exact_average';
  change(scenario);
  const file = `${mkdtempSync(`${tmpdir()}/typing-`)}/scenario.json`;
  writeFileSync(file, JSON.stringify(scenario));
  return cliDisplay(file);
}

test('typing Germany over United Kingdom keeps every key and prices Germany, never Georgia', async () => {
  const { page, record } = await openPage(env);
  const country = row(page, 2).getByTestId('usage-country');
  // Line 3 of the example is dial-out to UK landlines: 200 calls x 20 min = 4,000 min.
  await typeInto(country, 'Germany');
  // Germany is in Zone A like the UK, at the same sample rate (0.0165), so the pool still
  // covers 3,000 of the 4,000 minutes: $347.75 and $444.75 as before. Georgia (GE, what "Ge"
  // spells as a code) is not in Zone A: read as Georgia the licence would cost $529.25.
  const expected = exampleWith((s) => { s.groups[0].usage[2].country = 'DE'; });
  assert.equal(expected.total_per_user, '$347.75');
  assert.equal(await text(page, 'total-per-user'), expected.total_per_user);
  assert.equal(await text(page, 'total-ppm'), expected.total_ppm);
  await page.getByTestId('line-items').locator('summary').click();
  assert.match(await text(page, 'line-items'), /Dial-out to Germany \(DE\), wireline/);
  assert.doesNotMatch(await text(page, 'line-items'), /Georgia/);
  assert.deepEqual(record.errors, []);
  await page.close();
});

test('a partial country name is not read as the code it spells: the page says to keep typing', async () => {
  const { page } = await openPage(env);
  const country = row(page, 2).getByTestId('usage-country');
  await typeInto(country, 'Ge');
  // "Ge" begins Germany (DE) and Georgia (GE): no country yet, so the last quote stays.
  assert.equal(await country.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#line-2-country-error').innerText(), /^Keep typing, or pick a country from the list/);
  assert.equal(await text(page, 'total-per-user'), '$347.75');
  assert.equal(await page.locator('.results.stale').count(), 1, 'the quote is marked as the last valid one');
  // The code in capitals is read as a code: GE is Georgia, outside Zone A. By hand: the pool
  // (3,000 min) now covers none of line 3, so the licence pays 4,000 x Georgia's rate more.
  await typeInto(country, 'GE');
  const georgia = exampleWith((s) => { s.groups[0].usage[2].country = 'GE'; });
  assert.equal(georgia.total_per_user, '$529.25');
  assert.equal(await text(page, 'total-per-user'), georgia.total_per_user);
  // A lower-case code that no other country's name begins is read too: "us".
  await typeInto(country, 'us');
  assert.equal(await country.getAttribute('aria-invalid'), null);
  await page.close();
});

test('editing a number in the middle keeps the other fields as they were', async () => {
  const { page } = await openPage(env);
  const calls = row(page, 0).getByTestId('usage-calls');
  const minutes = row(page, 0).getByTestId('usage-minutes');
  await typeInto(calls, '4');
  // End, Backspace (the field is empty: invalid), then 12.
  await calls.press('End');
  await calls.press('Backspace');
  await calls.pressSequentially('12', { delay: 15 });
  assert.equal(await calls.inputValue(), '12');
  assert.equal(await minutes.inputValue(), '30', 'the minutes field is untouched');
  assert.equal(await focusedTestid(page), 'usage-calls');
  // Toll dial-in is included in the licence: $347.75 still; pay-per-minute: 50 x 12 x 30 =
  // 18,000 min x 0.0165 = 297.00 instead of 247.50, so 444.75 + 49.50 = $494.25.
  assert.equal(await text(page, 'total-ppm'), '$494.25');
  await page.close();
});

test('with the keyboard alone: add a line, Tab to its country and type the whole name', async () => {
  const { page } = await openPage(env);
  await page.getByTestId('add-usage-line').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('usage-line').count(), 5);
  // The new line takes the focus at its first control (its kind); Tab reaches its country.
  assert.equal(await focusedTestid(page), 'usage-kind');
  assert.ok(await row(page, 4).getByTestId('usage-kind').evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Tab');
  assert.equal(await focusedTestid(page), 'usage-country');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('France', { delay: 15 });
  assert.equal(await row(page, 4).getByTestId('usage-country').inputValue(), 'France');
  assert.equal(await focusedTestid(page), 'usage-country');
  assert.equal(await row(page, 4).getByTestId('usage-country').getAttribute('aria-invalid'), null);
  await page.close();
});

/**
 * Types `value` into `field` through two states that don't read (a stray letter, then an
 * empty field), key by key, and checks the field kept its element, the focus and every key.
 */
async function typeThroughInvalid(field, value) {
  await field.click();
  await field.press('Control+a');
  const element = await field.elementHandle();
  await field.pressSequentially('x', { delay: 15 });
  await field.press('Backspace');
  await field.pressSequentially(value, { delay: 15 });
  assert.ok(await element.evaluate((el) => el.isConnected && el === document.activeElement), `focus kept typing ${value}`);
  assert.equal(await element.evaluate((el) => el.value), value);
}

for (const [lang, values] of [
  ['en', { country: 'United Kingdom', rowCountry: 'Germany', decimal: '2.5', rate: '0.92', price: '3.75' }],
  ['es', { country: 'Reino Unido', rowCountry: 'Alemania', decimal: '2,5', rate: '0,92', price: '3,75' }],
]) {
  test(`every input of the page (${lang}) takes a value typed through an invalid state`, async () => {
    const { page, record } = await openPage(env);
    if (lang === 'es') await page.getByTestId('language').selectOption('es');
    await page.getByTestId('add-group').click();
    await page.getByTestId('display-currency').selectOption('EUR');
    await page.getByTestId('compare-add').click();
    const fields = [
      [page.getByTestId('tenant-country'), values.country],
      [page.getByTestId('term-months'), '24'],
      [page.getByTestId('licence-price'), values.price],
      [page.getByTestId('ppm-price'), '0'],
      [page.getByTestId('exchange-rate'), values.rate],
      [page.getByTestId('compare-name'), 'Before'],
      [page.getByTestId('add-on-price'), values.price],
    ];
    for (const group of await page.getByTestId('group').all()) {
      fields.push([group.getByTestId('group-name'), 'Sales'], [group.getByTestId('organizers'), '120'],
        [group.getByTestId('licences'), '130'], [group.getByTestId('licences-owned'), '12']);
    }
    // The second group starts without lines: give it one.
    await page.getByTestId('add-usage-line').nth(1).click();
    for (const line of await page.getByTestId('usage-line').all()) {
      fields.push([line.getByTestId('usage-country'), values.rowCountry], [line.getByTestId('usage-calls'), '12'],
        [line.getByTestId('usage-minutes'), values.decimal]);
    }
    // Seven page fields, four per group (two groups), three per line (4 + 1 lines): every text
    // input of the form (the share link is read only, the call logs' share comes with a file).
    assert.equal(fields.length, 7 + 2 * 4 + 5 * 3, 'every input is swept');
    assert.equal(await page.locator('input[type="text"]:not([readonly])').count(), fields.length);
    for (const [field, value] of fields) await typeThroughInvalid(field, value);
    // Everything reads at the end: no field is marked, and the quote is current.
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
    assert.equal(await page.locator('.results.stale').count(), 0);
    assert.deepEqual(record.errors, []);
    await page.close();
  });
}
