// A Spanish page has no English words outside proper names: every word a reader can see or
// hear (visible text, aria-labels, titles, placeholders, options) in every state a reader gets
// to, checked against an English detector built from the catalogues and the country names.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT, openIn, start, typeInto } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const WORD = /\p{L}[\p{L}'’]*/gu;
const words = (text) => text.match(WORD) ?? [];

// Quoted text is a name from a file (Microsoft's sheet and column names, the user's file):
// "Dial-out calls - United Kingdom", "Per Minute Rate in …". It is neither Spanish nor a leak.
const QUOTED = /"[^"\n]*"|«[^»\n]*»|“[^”\n]*”/g;

/** The words of a catalogue's messages (not its keys, comments, {placeholders} or quotes). */
function catalogueWords(file) {
  return readFileSync(`${ROOT}/i18n/${file}`, 'utf8').split('\n')
    .filter((line) => line.includes(' = ') && !line.startsWith('#'))
    .flatMap((line) => words(line.slice(line.indexOf(' = ') + 3).replace(/\{\w+\}/g, ' ').replace(QUOTED, ' ')));
}

const lower = (list) => new Set(list.map((w) => w.toLocaleLowerCase('es')));
const countryRows = readFileSync(`${ROOT}/data/countries.csv`, 'utf8').split('\n').slice(1).filter(Boolean);
const codes = countryRows.map((line) => line.split(',')[0]);
const englishCountries = countryRows.flatMap((line) => words(line.slice(3)));
const spanishRegions = new Intl.DisplayNames(['es'], { type: 'region' });
const spanishCountries = codes.flatMap((code) => words(spanishRegions.of(code) ?? ''));

// Common English words a translation could leave behind, beyond the catalogue's own.
const COMMON = 'the and of to in is are be for with on by from at as this that it or not your you all an can '
  + 'per rate rates sample built card group groups organizers team sales support global call calls mix '
  + 'toll free dial out licence license minutes month months total cost cheaper saving savings line lines '
  + 'country countries number numbers mobile wireline wireless pay minute user users yes none only here '
  + 'scenario quote own price prices edit remove keep copy export import print share link which what '
  + 'where when how why today usage above below source date used eligible first last next';

/** English: a word of the English catalogue, of an English country name or of COMMON, that
 * is not also Spanish (in the Spanish catalogue or a Spanish country name): "total", "no" and
 * "Canada"'s neighbours "Chile", "Perú" are not English here; "Germany", "rates" are. */
const spanish = lower([...catalogueWords('es.txt'), ...spanishCountries]);
const english = new Set([...lower([...catalogueWords('en.txt'), ...englishCountries, ...words(COMMON)])]
  .filter((w) => !spanish.has(w)));

// What may stay English, and why: product and company names; the choices of Microsoft's
// download form, shown as the form shows them; a standard's name; codes (GB, USD, CSV); and
// quoted names from files (QUOTED).
const ALLOWED_PHRASES = ['Microsoft Teams', 'TATA Communications', 'Standard Subscription', 'Pay-Per-Minute',
  'Content-Security-Policy'];
const ALLOWED_WORDS = new Set(['microsoft', 'teams']);
const isCode = (w) => /^[A-Z]{2,4}$/.test(w);
/** The English words in `texts`, each with the text it was found in. */
function englishIn(texts) {
  const found = [];
  for (const text of texts) {
    const stripped = ALLOWED_PHRASES.reduce((t, phrase) => t.replaceAll(phrase, ' '), text).replace(QUOTED, ' ');
    for (const match of stripped.matchAll(WORD)) {
      const [word] = match;
      const w = word.toLocaleLowerCase('es');
      const around = stripped.slice(Math.max(0, match.index - 40), match.index + word.length + 40).replace(/\s+/g, ' ');
      if (!isCode(word) && !ALLOWED_WORDS.has(w) && english.has(w)) found.push(`${word} (in "…${around}…")`);
    }
  }
  return found;
}

/** Everything a reader meets: visible text, the title, and the words only assistive technology
 * or a hover shows (aria-label, title, placeholder, alt), and every option of every list. */
async function readable(page) {
  return page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
      }
    }
    for (const option of document.querySelectorAll('option')) texts.push(option.textContent, option.label);
    // The chart's title and description, read by screen readers.
    for (const el of document.querySelectorAll('svg title, svg desc')) texts.push(el.textContent);
    return texts.filter(Boolean);
  });
}

async function assertSpanish(page, state) {
  const found = englishIn(await readable(page));
  assert.deepEqual([...new Set(found)], [], `English on the Spanish page (${state})`);
}

test('the detector finds English and passes Spanish, proper names, codes and quoted names', () => {
  const found = englishIn(['Built-in sample rates', 'All organizers', 'Germany', 'Toll dial-in'])
    .map((w) => w.split(' ')[0].toLowerCase());
  for (const word of ['built', 'sample', 'rates', 'organizers', 'germany', 'toll', 'dial']) {
    assert.ok(found.includes(word), `${word} is found (${found})`);
  }
  assert.deepEqual(englishIn(['Tarifas de ejemplo integradas', 'Alemania', 'Microsoft Teams', '347,75 US$ (GB)',
    'falta la columna "Per Minute Rate in …"', 'Chile', 'Perú', 'Total al mes']), []);
});

test('the detector flags the English page: it is not vacuous', async () => {
  const { context, page } = await openIn(env, 'en-GB');
  const found = new Set(englishIn(await readable(page)).map((w) => w.split(' ')[0].toLowerCase()));
  assert.ok(found.size > 100, `only ${found.size} English words found on the English page`);
  await context.close();
});

test('every state of the Spanish page is in Spanish', async () => {
  const { context, page, errors } = await openIn(env, 'es-ES');
  // Closed sections are read too: a reader opens them.
  const openAll = () => page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await openAll();
  await assertSpanish(page, 'the first screen');

  // Typed, key by key: 100 organizers, the first line at 10,5 calls.
  await typeInto(page.getByTestId('organizers'), '100');
  await typeInto(page.getByTestId('usage-calls').first(), '10,5');
  await assertSpanish(page, 'after typing');

  // Warnings: a tenant in Algeria (pay-per-minute only; its toll numbers are non-geographic,
  // on request: data/availability.csv), toll dial-in from Antarctica (no toll numbers there),
  // and a value that doesn't read.
  await typeInto(page.getByTestId('tenant-country'), 'Argelia');
  await typeInto(page.getByTestId('usage-country').first(), 'Antártida');
  await page.getByTestId('warnings').getByText('Antártida').waitFor();
  await typeInto(page.getByTestId('usage-minutes').first(), 'abc');
  await assertSpanish(page, 'with warnings and a field that does not read');
  await typeInto(page.getByTestId('usage-minutes').first(), '30');
  await typeInto(page.getByTestId('usage-country').first(), 'Estados Unidos');

  // A tenant where little can be bought: China's note, no Communications Credits.
  await typeInto(page.getByTestId('tenant-country'), 'China');
  await page.getByTestId('warnings').getByText('China').first().waitFor();
  await assertSpanish(page, 'with a tenant in China');
  await typeInto(page.getByTestId('tenant-country'), 'Estados Unidos');

  // A second group, and the scenario kept for comparison.
  await page.getByTestId('add-group').click();
  await page.getByTestId('compare-add').click();
  await assertSpanish(page, 'with a second group and a kept scenario');

  // A file that isn't a rate sheet: its problems, worded in Spanish.
  const file = (name, content) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByTestId('import-rates').setInputFiles(file('tarifas.csv', 'a,b\n1,2\n'));
  await page.getByTestId('import-problems').waitFor();
  await assertSpanish(page, 'with an import\'s problems');

  // An imported card: the notice names it by its file (the user's own words).
  const sheet = 'Sheet,Destination,Terminating Number Type,Per Minute Rate in USD (Billed in Tenths of a Minute)\n'
    + 'Dial-out calls - United Kingdom,United Kingdom,Wireline,0.0165\n';
  await page.getByTestId('import-rates').setInputFiles(file('tarifas-acme.csv', sheet));
  await page.getByTestId('rate-card-notice').getByText('tarifas-acme').waitFor();
  await openAll();
  await assertSpanish(page, 'with an imported card');

  // The print summary.
  await page.emulateMedia({ media: 'print' });
  await assertSpanish(page, 'printed');
  assert.deepEqual(errors, []);
  await context.close();
});
