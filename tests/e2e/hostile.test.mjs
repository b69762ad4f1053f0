// Hostile input, end to end: every numeric field with garbage, hostile links and file names.
// The page never goes blank, throws nothing, runs nothing, fetches nothing, keeps the last valid
// quote and says what is wrong beside the field.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, start, text, violations } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// "1,5" is no longer hostile: it can only be 1.5 (README "Languages"); "1,5,5" reads neither way.
const HOSTILE = ['', '-1', '1e30', 'abc', '1,5,5', '9'.repeat(1_000_000), '😀🔥', '<img src=x onerror=alert(1)>', '1.2.3', ' '];

test('every numeric field refuses garbage beside itself and keeps the last quote', async () => {
  const { page, record } = await openPage(env);
  const fields = [
    ['organizers', page.getByTestId('organizers'), '#organizers-error'],
    ['licences', page.getByTestId('licences'), '#licences-error'],
    ['term-months', page.getByTestId('term-months'), '#term-months-error'],
    ['licence-price', page.getByTestId('licence-price'), '#licence-price-error'],
    ['ppm-price', page.getByTestId('ppm-price'), '#ppm-price-error'],
    ['usage-calls', page.getByTestId('usage-line').nth(0).getByTestId('usage-calls'), '.usage-line .error:not(:empty)'],
    ['usage-minutes', page.getByTestId('usage-line').nth(1).getByTestId('usage-minutes'), '.usage-line .error:not(:empty)'],
  ];
  for (const [name, field, error] of fields) {
    const valid = await field.inputValue();
    for (const bad of HOSTILE) {
      // An empty licence count means one per organizer: valid, not hostile.
      if (name === 'licences' && bad.trim() === '') continue;
      await field.fill(bad);
      const label = `${name} = ${JSON.stringify(bad.slice(0, 20))}`;
      assert.equal(await field.getAttribute('aria-invalid'), 'true', label);
      assert.ok((await page.locator(error).first().innerText()).length > 0, `a message for ${label}`);
      assert.equal(await text(page, 'total-per-user'), '$347.75', `last valid quote for ${label}`);
      assert.equal((await field.inputValue()).length, bad.length, `what was typed stays for ${label}`);
    }
    await field.fill(valid);
    assert.equal(await field.getAttribute('aria-invalid'), null, `${name} valid again`);
  }
  assert.equal(await text(page, 'total-per-user'), '$347.75');
  assert.equal(await page.locator('img').count(), 0, 'typed markup is never rendered');
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.lateRequests, [], 'a whole session of edits fetches nothing');
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('hostile links open the example with a notice and run nothing', async () => {
  for (const fragment of ['#v1.' + 'A'.repeat(100_000), '#<script>alert(1)</script>', '#javascript:alert(1)', '#v1.%00%00', '#v1.' + '_-'.repeat(40)]) {
    const { page, record } = await openPage(env, fragment);
    assert.equal(await text(page, 'total-per-user'), '$347.75');
    assert.match(await text(page, 'notice'), /^This link couldn't be opened/);
    assert.deepEqual(record.errors, [], fragment.slice(0, 30));
    assert.deepEqual(await violations(page), []);
    await page.close();
  }
});

test('a hostile file name is shown as text', async () => {
  const { page, record } = await openPage(env);
  const sheet = 'Sheet,Destination,Terminating Number Type,Per Minute Rate in USD\nDial-out calls,Germany,Wireline,0.011\n';
  const name = '<img src=x onerror=alert(1)>.csv';
  await page.getByTestId('import-rates').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  await page.getByTestId('rate-card-notice').getByText(name).waitFor();
  assert.equal(await page.locator('img').count(), 0);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(await violations(page), []);
  await page.close();
});
