// Decide with confidence: organizer groups, the best mix, and scenarios side by side.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settledLink, start, text, typeInto } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('groups are added and edited, and the best mix follows them', async () => {
  const { page, record } = await openPage(env);
  // One group: the best mix is the cheaper option, the licence ($347.75).
  assert.equal(await text(page, 'total-mixed'), '$347.75');
  assert.match(await text(page, 'mix-detail'), /^With one group/);

  await page.getByTestId('add-group').click();
  const second = page.getByTestId('group').nth(1);
  // A second group of 10 with no calls (tests/state.rs): licence for all $377.85; the mix
  // licenses the first group only, $347.75, $30.10 below it and $97.00 below pay-per-minute.
  assert.equal(await text(page, 'total-per-user'), '$377.85');
  assert.equal(await text(page, 'total-ppm'), '$444.75');
  assert.equal(await text(page, 'total-mixed'), '$347.75');
  await typeInto(second.getByTestId('group-name'), 'Occasional');
  // The example's group, unnamed, is "All organizers" while it is the only one, then "Group 1".
  assert.equal(await text(page, 'mix-detail'),
    'Per-user licence: Group 1. Pay-per-minute: Occasional. Saves $30.10 a month against the per-user licence and $97.00 against pay-per-minute.');

  // A bad size is a message beside that group's field; the last valid figures stay.
  await typeInto(second.getByTestId('organizers'), 'abc');
  assert.equal(await second.getByTestId('organizers').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#organizers-1-error').innerText(), 'Enter a whole number like 20');
  assert.equal(await text(page, 'total-mixed'), '$347.75');

  // 20 organizers who each dial one US landline for 10 minutes: 200 min x 0.0165 = $3.30 on
  // pay-per-minute. Licensing everyone (70 licences, $280.00, pool 4,200 covers GB's 4,000 and
  // these 200; toll-free $57.00, AE $74.25) costs $411.25; the mix is $347.75 + $3.30 = $351.05.
  await typeInto(second.getByTestId('organizers'), '20');
  await second.getByTestId('add-usage-line').click();
  assert.equal(await second.getByTestId('usage-country').inputValue(), 'United States');
  assert.equal(await text(page, 'total-per-user'), '$411.25');
  assert.equal(await text(page, 'total-mixed'), '$351.05');
  assert.equal(await page.getByTestId('usage-line').count(), 5);

  await second.getByTestId('remove-group').click();
  assert.equal(await page.getByTestId('group').count(), 1);
  assert.equal(await text(page, 'total-per-user'), '$347.75');
  assert.equal(await page.getByTestId('remove-group').count(), 0, 'the last group stays');
  assert.deepEqual(record.errors, []);
  await page.close();
});

test('scenarios are compared side by side and travel in the link', async () => {
  const { page, record } = await openPage(env);
  await page.getByTestId('compare-add').click();
  await typeInto(page.getByTestId('compare-name'), 'Today');
  await typeInto(page.getByTestId('organizers'), '100');
  // Editing: 100 organizers, $695.50 (tests/state.rs); kept: the example's $347.75.
  const row = (label) => page.getByTestId('compare-table').locator('tr', { has: page.locator('th', { hasText: label }) });
  const cells = row('Per-user licence, a month').locator('td');
  assert.equal(await cells.nth(0).innerText(), '$695.50');
  assert.match(await cells.nth(1).innerText(), /^\$347\.75/);
  assert.equal(await cells.nth(1).getAttribute('class'), 'differs');
  // The tenant country didn't change: not highlighted.
  assert.equal(await row('Tenant country').locator('td').nth(1).getAttribute('class'), null);

  const link = await settledLink(page);
  const fresh = await env.browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await other.getByTestId('compare-table').waitFor();
  assert.equal(await other.getByTestId('compare-name').inputValue(), 'Today');
  assert.equal(await text(other, 'total-per-user'), '$695.50');
  // Editing the kept one brings it back into the form.
  await other.getByTestId('compare-open').click();
  assert.equal(await other.getByTestId('organizers').inputValue(), '50');
  assert.equal(await text(other, 'total-per-user'), '$347.75');
  await other.getByTestId('compare-remove').click();
  assert.equal(await other.getByTestId('compare-table').count(), 0);
  await fresh.close();
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.lateRequests, []);
  await page.close();
});
