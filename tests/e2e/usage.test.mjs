// Importing call logs (issue #17): a PSTN usage report read in the worker with a progress bar,
// its facts, bridge numbers, reconciliation and the call mix it makes; a file that is not a
// report; a large import cancelled, leaving the scenario as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openSync, writeSync, closeSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, openPage, text, typeInto, ROOT } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.stop(); });

const FIXTURE = `${ROOT}/tests/fixtures/usage/pstn-usage-november.csv`;

test('a PSTN usage report becomes the call mix, reconciled with the card', async () => {
  const { page, record } = await openPage(env);
  await page.getByTestId('import-usage').setInputFiles(FIXTURE);
  const summary = page.getByTestId('usage-summary');
  await summary.waitFor();
  // tests/usage.rs works these out: 7 conferencing calls, 2 ignored, 2 malformed rows.
  const facts = await summary.innerText();
  assert.match(facts, /Calls from 2026-11-01 to 2026-11-30: 1 calendar months/);
  assert.match(facts, /7 conferencing calls counted/);
  assert.match(facts, /2 calls are not conferencing and are left out \(ucap_in 1, user_out 1\)/);
  assert.match(facts, /3 organizers had phone calls/);
  assert.match(await text(page, 'usage-malformed'), /pstn-usage-november\.csv, row 10: Duration not understood/);
  // The toll bridge as the file says; the 1-800 one ticked toll-free from its prefix.
  const bridges = page.getByTestId('usage-bridge');
  assert.equal(await bridges.count(), 2);
  assert.equal(await bridges.nth(0).isChecked(), false);
  assert.equal(await bridges.nth(1).isChecked(), true);
  // Dial-out to DE: 0.0525 charged for 2.5 min (0.021/min), the sample card 0.04125 (0.0165/min);
  // in all 0.0761 charged, 0.06481 by the card: 14.8 % apart.
  const table = await text(page, 'usage-reconciliation');
  assert.match(table, /Dial-out Germany \(DE\)\s+1\s+2\.5\s+\$0\.0525 \(\$0\.021\/min\)\s+\$0\.04125 \(\$0\.0165\/min\)/);
  assert.match(await text(page, 'usage-verdict'), /differ by 14\.8%/);
  // The mobile share, typed key by key through values that don't read: the message beside it,
  // the focus kept (typeInto checks), then back to 0 % so the figures below hold.
  const mobile = page.getByTestId('usage-mobile');
  await typeInto(mobile, '150');
  assert.equal(await page.locator('#usage-mobile-error').innerText(), 'Enter a number from 0 to 100');
  assert.equal(await mobile.getAttribute('aria-invalid'), 'true');
  await typeInto(mobile, 'abc');
  assert.notEqual(await page.locator('#usage-mobile-error').innerText(), '');
  await typeInto(mobile, '0');
  assert.equal(await page.locator('#usage-mobile-error').innerText(), '');
  // Nothing changed yet: the example's totals.
  assert.equal(await text(page, 'total-per-user'), '$347.75');

  await page.getByTestId('usage-apply').click();
  await page.getByTestId('usage-applied').waitFor();
  // The page now prices the CLI's scenario from the same file.
  const cli = JSON.parse(execFileSync('cargo', ['run', '-q', '--bin', 'quote', '--', '--usage', FIXTURE, '--json'], { cwd: ROOT, encoding: 'utf8' }));
  assert.equal(await text(page, 'total-per-user'), cli.display.total_per_user);
  assert.equal(await text(page, 'total-ppm'), cli.display.total_ppm);
  assert.equal(await page.getByTestId('usage-line').count(), 5);
  // Only the worker's code was fetched, from this server; the file went nowhere.
  assert.ok(record.lateRequests.every((url) => url.startsWith(env.base) && /importer/.test(url)), record.lateRequests.join(' '));
  assert.deepEqual(record.errors, []);
  await page.close();
});

test('a file that is not a report names the columns and changes nothing', async () => {
  const { page } = await openPage(env);
  await typeInto(page.getByTestId('organizers'), '20');
  const before = await text(page, 'total-per-user');
  const sheet = 'Destination,Terminating Number Type,Per Minute Rate in USD\nGermany,Wireline,0.01\n';
  await page.getByTestId('import-usage').setInputFiles({ name: 'rates.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
  const problem = page.getByTestId('usage-problem');
  await problem.waitFor();
  assert.match(await problem.innerText(), /rates\.csv was not imported \(the call mix is as it was\): rates\.csv is not a PSTN usage report: its header lacks Time stamp \(UTC\), Call type, Duration/);
  assert.equal(await text(page, 'total-per-user'), before);
  assert.equal(await page.getByTestId('organizers').inputValue(), '20');
  await page.close();
});

test('a large import shows its progress and, cancelled, leaves the scenario as it was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'usage-e2e-'));
  const file = join(dir, 'large.csv');
  // 600,000 rows, about 80 MB: many 4 MB slices, time to see the bar move and to cancel.
  const fd = openSync(file, 'w');
  writeSync(fd, 'Time stamp (UTC),Username,Call type,Called to,To country or region,From country or region,Charge,Currency,Duration,Capability\n');
  const row = (i) => `2026-11-${String(1 + (i % 30)).padStart(2, '0')}T10:00:00Z,user${i % 500}@contoso.example,conf_out,+4930${i},Germany,United States,0.01,USD,${1 + (i % 600)},MCOPSTNPP\n`;
  for (let block = 0; block < 600; block++) {
    let text = '';
    for (let i = block * 1000; i < (block + 1) * 1000; i++) text += row(i);
    writeSync(fd, text);
  }
  closeSync(fd);
  try {
    const { page } = await openPage(env);
    await typeInto(page.getByTestId('organizers'), '20');
    const before = await text(page, 'total-per-user');
    await page.getByTestId('import-usage').setInputFiles(file);
    const progress = page.getByTestId('usage-progress');
    await progress.waitFor();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=usage-progress]')?.value) > 0);
    await page.getByTestId('usage-cancel').click();
    await page.getByTestId('usage-status').waitFor();
    assert.match(await text(page, 'usage-status'), /cancelled; the call mix is as it was/);
    assert.equal(await page.getByTestId('usage-summary').count(), 0);
    assert.equal(await text(page, 'total-per-user'), before);
    assert.equal(await page.getByTestId('organizers').inputValue(), '20');
    assert.equal(await page.getByTestId('usage-line').count(), 4);
    await page.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
