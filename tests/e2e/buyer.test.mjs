// The buyer's real situation on the page: how they buy, the licences they own, and how call
// lengths round (issue #16). Figures from the example scenario (50 US organizers, sample card).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, start, text, typeInto } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('a CSP buyer never sees pay-per-minute recommended, in either language', async () => {
  const { page, record } = await openPage(env);
  // Make pay-per-minute the cheaper one: 1 toll dial-in call of 30 min a month for each of the
  // 50 organizers and nothing else. Licences 50 x 4.00 = $200.00; pay-per-minute
  // 50 x 30 x 0.0165 = $24.75.
  const rows = page.getByTestId('usage-line');
  while (await rows.count() > 1) await rows.last().getByTestId('remove-usage-line').click();
  await typeInto(rows.first().getByTestId('usage-calls'), '1');
  assert.equal(await text(page, 'total-ppm'), '$24.75');
  assert.match(await text(page, 'verdict'), /pay-per-minute/i);
  // "Not sure" (the default) keeps it, with the note beside it.
  assert.match(await text(page, 'channel-note'), /Volume Licensing customers only/);

  await page.getByTestId('channel').selectOption('cloud_solution_provider');
  assert.equal(await text(page, 'total-ppm'), 'Not available');
  assert.equal(await text(page, 'total-per-user'), '$200.00');
  const verdict = await text(page, 'verdict');
  assert.doesNotMatch(verdict, /pay-per-minute is cheaper/i, verdict);
  // The best mix can only be the licence: $200.00.
  assert.equal(await text(page, 'total-mixed'), '$200.00');
  assert.equal(await page.getByTestId('channel-note').count(), 0);
  assert.equal(await page.locator('.option.cheaper').filter({ hasText: 'Pay-per-minute' }).count(), 0);

  await page.getByTestId('language').selectOption('es');
  assert.equal(await text(page, 'total-ppm'), 'No disponible');
  assert.doesNotMatch(await text(page, 'verdict'), /pago por minuto (es|sale) más barat/i);
  // The channel survives a reload (autosave) and travels in the link.
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByTestId('total-per-user').waitFor();
  assert.equal(await page.getByTestId('channel').inputValue(), 'cloud_solution_provider');
  assert.deepEqual(record.errors, []);
  await page.close();
});

test('licences already owned cost nothing and the verdict is for the others', async () => {
  const { page, record } = await openPage(env);
  // The group's fields are usable on a desktop: the walk-through found the three first ones
  // squeezed to 18 px once "Licences already owned" joined them.
  for (const testid of ['group-name', 'organizers', 'licences', 'licences-owned']) {
    const width = await page.getByTestId(testid).evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(width > 120, `${testid} is ${width} px wide`);
  }
  // One dial-out line only: each of 10 organizers dials GB once for 100 min.
  const rows = page.getByTestId('usage-line');
  while (await rows.count() > 1) await rows.last().getByTestId('remove-usage-line').click();
  await rows.first().getByTestId('usage-kind').selectOption('dial_out');
  await typeInto(rows.first().getByTestId('usage-country'), 'GB');
  await rows.first().getByTestId('usage-phone-type').selectOption('wireline');
  await typeInto(rows.first().getByTestId('usage-calls'), '1');
  await typeInto(rows.first().getByTestId('usage-minutes'), '100');
  await typeInto(page.getByTestId('organizers'), '10');
  await typeInto(page.getByTestId('licences-owned'), '4');
  // tests/buyer.rs: licence 6 x 4.00 + 400 min beyond the pool of 600 at 0.0165 = $30.60;
  // pay-per-minute 600 x 0.0165 for the 6 + 160 x 0.0165 for the owners = $12.54.
  assert.equal(await text(page, 'total-per-user'), '$30.60');
  assert.equal(await text(page, 'total-ppm'), '$12.54');
  await page.locator('details.line-items > summary').click();
  assert.match(await page.getByTestId('line-items').innerText(), /already licensed/);
  // More owned than organizers: the message beside the field, the text kept.
  await typeInto(page.getByTestId('licences-owned'), '11');
  assert.match(await page.locator('#licences-owned-error').innerText(), /At most one owned licence per organizer/);
  assert.equal(await page.getByTestId('licences-owned').inputValue(), '11');
  assert.deepEqual(record.errors, []);
  await page.close();
});

test('calls vary in length by default and the assumptions say which rule is used', async () => {
  const { page, record } = await openPage(env, '', { rounding: 'varied' });
  assert.equal(await page.getByTestId('rounding').inputValue(), 'varied');
  // One toll dial-in line, 100 calls in total of 2 min each, for pay-per-minute: 2.05 billed a
  // call on average, 205 x 0.0165 = $3.3825 -> $3.38; rounded once: 200 x 0.0165 = $3.30.
  const rows = page.getByTestId('usage-line');
  while (await rows.count() > 1) await rows.last().getByTestId('remove-usage-line').click();
  await typeInto(page.getByTestId('organizers'), '1');
  await typeInto(rows.first().getByTestId('usage-calls'), '100');
  await typeInto(rows.first().getByTestId('usage-minutes'), '2');
  await rows.first().getByTestId('usage-basis').selectOption('total');
  assert.equal(await text(page, 'total-ppm'), '$3.38');
  await page.locator('details.assumptions > summary').click();
  assert.match(await text(page, 'assumptions'), /Calls vary in length: each call is billed rounded up/);
  await page.getByTestId('rounding').selectOption('exact_average');
  assert.equal(await text(page, 'total-ppm'), '$3.30');
  assert.doesNotMatch(await text(page, 'assumptions'), /Calls vary in length/);
  assert.deepEqual(record.errors, []);
  await page.close();
});
