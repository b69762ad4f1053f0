// An answer you can trust, end to end: no verdict over totals of different calls, no card
// that rewrites Microsoft's facts, and numbers that mean the same in either language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, start, text, typeInto } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Imports `content` as a file named `name` and waits for the card (or its problems). */
async function importFile(page, name, content, mimeType = 'text/csv') {
  await page.getByTestId('import-rates').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
}

test('a card missing a rate shows no verdict, saving, break-even or best mix, anywhere', async () => {
  const { page, record } = await openPage(env);
  // A dial-out sheet with rates for GB and AE only. The example's line 1 (toll dial-in from the
  // US) then has no rate: the licence includes it (0.00), pay-per-minute can't price it and
  // leaves it out, so "pay-per-minute is cheaper" would compare different calls.
  const sheet = 'Destination,Terminating Number Type,Per Minute Rate in USD (Billed in Tenths of a Minute)\n'
    + 'United Kingdom,Wireline,0.0165\nUnited Arab Emirates,Wireless,0.1485\n';
  await importFile(page, 'Dial-out calls - two countries.csv', sheet);
  await page.getByTestId('rate-card-notice').getByText('two countries').waitFor();
  assert.equal(await text(page, 'verdict'),
    "No verdict: the two totals don't describe the same calls. Priced by one option only: line 1 by the per-user licence. The warnings say what each needs.");
  assert.equal(await text(page, 'savings'), "None stated: the totals don't describe the same calls");
  assert.match(await text(page, 'break-even'), /^No break-even/);
  assert.match(await text(page, 'mix-detail'), /^No best mix/);
  assert.equal(await page.locator('.option.cheaper').count(), 0, 'no option is marked cheaper');
  assert.equal(await page.getByTestId('break-even-chart').count(), 0, 'no chart of different calls');
  const growth = await page.getByTestId('growth').locator('tbody tr').allInnerTexts();
  assert.ok(growth.every((row) => row.trim().endsWith('—')), growth.join('\n'));
  // The warnings say what line 1 needs.
  assert.match(await text(page, 'warnings'), /Line 1 \(Toll dial-in from United States \(US\)\): .*left out of the pay-per-minute total\./);
  // The CSV export says the same.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /^Verdict,No verdict: the two totals don't describe the same calls/m);
  // Kept for comparison, its column names no cheaper option either.
  await page.getByTestId('compare-add').click();
  assert.match(await page.getByTestId('compare-table').innerText(), /No verdict \(not the same calls\)/);
  assert.deepEqual(record.errors, []);
  await page.close();
});

test('a JSON card that claims Zone A for a country outside it is refused and the pool is unchanged', async () => {
  const { page } = await openPage(env);
  // Export the built-in card as JSON, then claim the UAE are in Zone A (data/zone-a.csv: not).
  await page.locator('details.rates > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-card-json').click()]);
  const card = JSON.parse(await readFile(await download.path(), 'utf8'));
  card.countries.find((c) => c.code === 'AE').zone_a = true;
  await importFile(page, 'zone-a-claim.json', JSON.stringify(card), 'application/json');
  const problems = page.getByTestId('import-problems');
  await problems.waitFor();
  assert.match(await problems.innerText(), /AE: zone_a differs from what Microsoft documents for this country/);
  // The example's UAE dial-out stays outside the pool: $347.75 (tests/engine.rs), not less.
  assert.equal(await text(page, 'total-per-user'), '$347.75');
  assert.match(await text(page, 'rate-card-notice'), /^Sample rates/);
  await page.close();
});

test('in Spanish, choosing the licence offer again keeps a valid quote', async () => {
  const { page, record } = await openPage(env);
  await page.getByTestId('language').selectOption('es');
  await page.getByTestId('licence-offer').selectOption('dial_out_us_can');
  await page.getByTestId('licence-offer').selectOption('audio_conferencing');
  // The price is written the Spanish way, and reads: the example's $347.75 again.
  assert.equal(await page.getByTestId('licence-price').inputValue(), '4,00');
  assert.equal(await page.getByTestId('licence-price').getAttribute('aria-invalid'), null);
  assert.equal(await text(page, 'total-per-user'), '347,75\u00a0US$');
  assert.equal(await page.locator('.results.stale').count(), 0);
  assert.deepEqual(record.errors, []);
  await page.close();
});

test('switching language with a field invalid keeps what every other field means', async () => {
  const { page } = await openPage(env);
  const first = page.getByTestId('usage-line').nth(0);
  await typeInto(first.getByTestId('usage-calls'), '1,000');
  await typeInto(page.getByTestId('usage-line').nth(1).getByTestId('usage-minutes'), '2.5');
  await typeInto(page.getByTestId('tenant-country'), 'Narn');
  await page.getByTestId('language').selectOption('es');
  // "1,000" is a thousand: in Spanish it reads "1000" (not 1,000 = one); "2.5" is "2,5".
  assert.equal(await first.getByTestId('usage-calls').inputValue(), '1000');
  assert.equal(await page.getByTestId('usage-line').nth(1).getByTestId('usage-minutes').inputValue(), '2,5');
  assert.equal(await page.getByTestId('tenant-country').inputValue(), 'Narn');
  // Finishing the country prices what was typed. Toll dial-in is in the licence; pay-per-
  // minute: 50 x 1,000 x 30 = 1,500,000 min x 0.0165 = 24,750.00 (was 247.50, +24,502.50),
  // toll-free 50 x 2 x 2.5 = 250 min x 0.0228 = 5.70 (was 57.00, -51.30): 444.75 + 24,502.50
  // - 51.30 = 24,895.95.
  await typeInto(page.getByTestId('tenant-country'), 'Estados Unidos');
  assert.equal(await text(page, 'total-ppm'), '24.895,95\u00a0US$');
  await page.close();
});
