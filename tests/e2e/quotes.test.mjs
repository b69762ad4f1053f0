// Quotes that travel: share links, autosave, CSV export, print, and your own rate sheet.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ROOT, exactRounding, openPage, setLine, settledLink, start, text, typeInto } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('a share link opened in a fresh browser shows the same quote', async () => {
  const { page, record } = await openPage(env);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await typeInto(page.getByTestId('organizers'), '100');
  // 100 organizers: $695.50 vs $889.50 (tests/state.rs).
  assert.equal(await text(page, 'total-per-user'), '$695.50');
  const address = await settledLink(page);
  assert.match(address, /#v4\.[A-Za-z0-9_-]+$/);
  await page.getByTestId('share-link').click();
  await page.getByText('Link copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, address);
  assert.equal(await page.getByTestId('share-url').inputValue(), address);
  assert.deepEqual(record.lateRequests, [], 'sharing sends nothing anywhere');

  const fresh = await env.browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await other.getByTestId('total-per-user').waitFor();
  assert.equal(await text(other, 'total-per-user'), '$695.50');
  assert.equal(await text(other, 'total-ppm'), '$889.50');
  assert.equal(await other.getByTestId('organizers').inputValue(), '100');
  assert.equal(await other.getByTestId('rounding').inputValue(), 'exact_average', 'the link carries the call lengths');
  await fresh.close();
  await page.close();
});

test('a reload keeps the work, from the link and from storage alone', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.base);
  // The figures below are worked out with every call lasting the average; link and storage keep it.
  await exactRounding(page);
  await page.getByTestId('add-usage-line').click();
  // The added line (AE, wireline, 1 x 10 min per organizer) adds 24.75: $372.50 (tests/state.rs).
  assert.equal(await text(page, 'total-per-user'), '$372.50');
  await settledLink(page);
  await page.reload();
  await page.getByTestId('total-per-user').waitFor();
  assert.equal(await text(page, 'total-per-user'), '$372.50');
  assert.equal(await page.getByTestId('usage-line').count(), 5);
  await page.goto(env.base); // no fragment: localStorage brings it back
  await page.getByTestId('total-per-user').waitFor();
  assert.equal(await text(page, 'total-per-user'), '$372.50');
  await page.getByTestId('reset').click();
  // Start over brings the first screen back, calls varying in length again: $348.40 (worked out
  // in tests/e2e/app.test.mjs).
  assert.equal(await page.getByTestId('rounding').inputValue(), 'varied');
  assert.equal(await text(page, 'total-per-user'), '$348.40');
  await context.close();
});

test('a malformed link opens the example with a clear notice', async () => {
  for (const fragment of ['#v1.this-is-not-a-quote', '#v7.AAAA', '#%F0%9F%98%80']) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(env.base + fragment);
    await page.getByTestId('total-per-user').waitFor();
    // The example as a first visit sees it, calls varying in length: $348.40 (worked out in
    // tests/e2e/app.test.mjs, the first screen).
    assert.equal(await text(page, 'total-per-user'), '$348.40');
    assert.match(await text(page, 'notice'), /^This link couldn't be opened: .*Showing the example instead; the address bar keeps the link until you change something\./);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the CSV export has the figures on screen', async () => {
  const { page } = await openPage(env);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  assert.equal(download.suggestedFilename(), 'audio-conferencing-quote.csv');
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /\nPer-user licence,347\.75,12,4173\.00,USD\n/);
  assert.match(csv, /\nPay-per-minute,444\.75,12,5337\.00,USD\n/);
  assert.match(csv, /\nShare link,http:\/\/127\.0\.0\.1:\d+\/#v4\./);
  await page.close();
});

test('the printed quote is the quote without the controls', async () => {
  const { page } = await openPage(env);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByTestId('organizers').isVisible(), false);
  assert.equal(await page.getByTestId('share-link').isVisible(), false);
  assert.equal(await page.getByTestId('theme').isVisible(), false);
  assert.equal(await page.getByTestId('preset').isVisible(), false);
  assert.equal(await page.locator('.print-summary').isVisible(), true);
  assert.match(await page.locator('.print-summary').innerText(), /All organizers, call mix line 4\s+Dial-out to United Arab Emirates/);
  assert.equal(await page.getByTestId('total-per-user').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4' });
  // At most two A4 pages: count the PDF's page objects.
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `printed on ${pages} pages`);
  await page.close();
});

test('an imported rate sheet changes the totals as worked out by hand', async () => {
  const { page, record } = await openPage(env);
  // Written by tests/import.rs (cargo test runs first): Microsoft's layout, GBP rates.
  await page.getByTestId('import-rates').setInputFiles(`${ROOT}/target/tmp/microsoft-rates-gb.xlsx`);
  await page.getByTestId('rate-card-notice').getByText('Rates: microsoft-rates-gb.xlsx (GBP').waitFor();
  assert.match(await text(page, 'rate-card-notice'), /^Rates: microsoft-rates-gb\.xlsx \(GBP, as of \d{4}-\d\d-\d\d\)/);
  // The USD 4.00 list price is not relabelled £4.00: the field waits for a price in pounds.
  assert.equal(await page.getByTestId('licence-price').inputValue(), '');
  assert.equal(await page.locator('#licence-price-error').innerText(), 'Enter your price in GBP: the list price is in US dollars');
  assert.match(await page.locator('#licence-price-hint').innerText(), /enter what you pay, in GBP\.$/);
  await typeInto(page.getByTestId('licence-price'), '4.00');
  await typeInto(page.getByTestId('tenant-country'), 'United Kingdom');
  await typeInto(page.getByTestId('organizers'), '10');
  await page.getByTestId('usage-line').nth(3).getByTestId('remove-usage-line').click();
  await page.getByTestId('usage-line').nth(2).getByTestId('remove-usage-line').click();
  await setLine(page, 0, { kind: 'toll_dial_in', country: 'United States', calls: '10', minutes: '30' });
  await setLine(page, 1, { kind: 'dial_out', country: 'Germany', phone: 'wireline', calls: '1', minutes: '100' });
  // tests/import.rs: licence 40.00 + 400 min x 0.011 + 4 calls x 0.05 = 44.60; pay-per-minute
  // 3,000 x 0.013 + 1,000 x 0.011 + 10 x 0.05 = 50.50.
  assert.equal(await text(page, 'total-per-user'), '£44.60');
  assert.equal(await text(page, 'total-ppm'), '£50.50');
  // The importer code was fetched on demand, from this server only; the file went nowhere.
  assert.ok(record.lateRequests.every((url) => url.startsWith(env.base) && /importer/.test(url)), record.lateRequests.join(' '));

  await page.getByTestId('use-builtin-rates').click();
  assert.match(await text(page, 'rate-card-notice'), /^Sample rates/);
  assert.match(await text(page, 'total-per-user'), /^\$/);
  await page.close();
});

test('two rate sheets, one per option, price each option from its own', async () => {
  const { page } = await openPage(env);
  const tmp = `${ROOT}/target/tmp`;
  await page.locator('details.rates > summary').click();
  assert.match(await text(page, 'which-sheet'), /download "Standard Subscription" for the per-user licence and "Pay-Per-Minute" for pay-per-minute/);
  // Written by tests/import.rs: the Standard sheet (its titles say so), imported for the
  // per-user licence as chosen, then the Pay-Per-Minute sheet, which its file name names.
  await page.getByTestId('import-rates-for').selectOption('per_user');
  await page.getByTestId('import-rates').setInputFiles(`${tmp}/rates-standard.xlsx`);
  await page.getByTestId('import-summary').waitFor();
  assert.match(await text(page, 'import-summary'), /rates-standard\.xlsx was read as the "Standard Subscription" sheet, as you chose\.\n1 country lists a service under several prefixes/);
  assert.match(await text(page, 'rate-cards'), /^One card for both options: rates-standard\.xlsx is a "Standard Subscription" sheet/);
  await page.getByTestId('import-rates-for').selectOption('auto');
  const ppm = 'Teams Audio Conferencing Pay-Per-Minute rates GBP.xlsx';
  await page.getByTestId('import-rates').setInputFiles(`${tmp}/${ppm}`);
  await page.getByTestId('rate-cards').getByText('each from its own card').waitFor();
  assert.match(await text(page, 'import-summary'), /as the file says\.\n.*\n2 rows for premium numbers were left out/);
  assert.match(await text(page, 'rate-card-notice'), /The per-user licence is priced from rates-standard\.xlsx .* and pay-per-minute from Teams Audio Conferencing Pay-Per-Minute rates GBP\.xlsx/);
  await typeInto(page.getByTestId('licence-price'), '4.00');
  await typeInto(page.getByTestId('tenant-country'), 'United Kingdom');
  await typeInto(page.getByTestId('organizers'), '10');
  await page.getByTestId('usage-line').nth(3).getByTestId('remove-usage-line').click();
  await page.getByTestId('usage-line').nth(2).getByTestId('remove-usage-line').click();
  // The sheets have toll dial-in rates from mobiles: the phone type applies to toll dial-in.
  await setLine(page, 0, { kind: 'toll_dial_in', country: 'United States', phone: 'wireless', calls: '10', minutes: '30' });
  await setLine(page, 1, { kind: 'dial_out', country: 'Germany', phone: 'wireline', calls: '1', minutes: '100' });
  // tests/import.rs works these out: licence 40.00 + 400 x 0.015 + 4 x 0.05 = 46.20 (the
  // Standard sheet's highest German prefix); pay-per-minute 3,000 x 0.025 + 1,000 x 0.018 +
  // 10 x 0.05 = 93.50 (its own sheet's rates).
  assert.equal(await text(page, 'total-per-user'), '£46.20');
  assert.equal(await text(page, 'total-ppm'), '£93.50');
  await page.close();
});

test('a broken rate sheet is listed row by row and imports nothing', async () => {
  const { page } = await openPage(env);
  const sheet = 'Destination,Terminating Number Type,Per Minute Rate in USD (Billed in Tenths of a Minute)\n'
    + 'Germany,Wireline,abc\nAtlantis,Wireline,0.01\n<img src=x onerror=alert(1)>,Wireless,0.02\n';
  await page.getByTestId('import-rates').setInputFiles({ name: 'Dial-out calls - bad.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  const problems = page.getByTestId('import-problems');
  await problems.waitFor();
  const listed = await problems.innerText();
  assert.match(listed, /Dial-out calls - bad\.csv was not imported: 3 problems to fix/);
  assert.match(listed, /row 2, Per Minute Rate in USD \(Billed in Tenths of a Minute\): "abc" is not a number/);
  assert.match(listed, /row 3, Destination: "Atlantis" is not a country this calculator knows/);
  assert.match(listed, /row 4, Destination: "<img src=x onerror=alert\(1\)>" is not a country/, 'names are shown as text');
  assert.equal(await page.locator('.import-problems img').count(), 0);
  assert.equal(await text(page, 'total-per-user'), '$347.75');
  assert.match(await text(page, 'rate-card-notice'), /^Sample rates/);
  await page.close();
});
