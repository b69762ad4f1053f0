// Embed it anywhere: the example host page (examples/host) on one origin, the calculator on
// another, and a third origin that tries to talk to both.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, exactRounding, start } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

let env, host, third, hostBase, thirdBase, thirdDir;
const servers = [];

before(async () => {
  env = await start();
  // The example page points at `make serve`'s address; here the calculator is on env.base. The
  // broken card's embed also gets an attribute the calculator doesn't know, to see the warning.
  const pointAtCalculator = (file, body) => (file.endsWith('.html')
    ? Buffer.from(body.toString().replaceAll('http://127.0.0.1:8080/', env.base)
      .replace('id="broken"', 'id="broken" data-theme="neon"'))
    : body);
  host = await serve(`${ROOT}/examples/host`, 0, '127.0.0.1', pointAtCalculator);
  hostBase = `http://127.0.0.1:${host.address().port}/`;
  // The third origin: a page that posts a fake height to whoever framed it, and a page that
  // frames the calculator itself while the calculator only accepts the host's origin.
  const dir = await mkdtemp(join(tmpdir(), 'third-origin-'));
  thirdDir = dir;
  await writeFile(join(dir, 'fake-height.html'),
    '<!doctype html><script src="fake-height.js"></script>');
  await writeFile(join(dir, 'fake-height.js'),
    "parent.postMessage({ type: 'audio-cost:height', version: 1, height: 7 }, '*');");
  await writeFile(join(dir, 'frames.html'), `<!doctype html>
    <iframe id="framed" src="${env.base}?embed=1&origins=${encodeURIComponent(hostBase.slice(0, -1))}"
      data-audio-cost-frame style="width:100%;height:321px;border:0"></iframe>
    <script src="${env.base}embed.js" defer></script>`);
  third = await serve(dir, 0);
  thirdBase = `http://127.0.0.1:${third.address().port}/`;
  servers.push(host, third);
});
after(async () => {
  await env?.stop();
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
});

async function openHost() {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const log = { errors: [], warnings: [] };
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  await page.goto(hostBase);
  await page.locator('#us').getByTestId('total-per-user').waitFor();
  return { page, log };
}

const height = (page, selector) => page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);

/** The frame's height once it stops changing (the host updates it by message) and differs from
 * `from`. */
async function settledHeight(page, selector, from) {
  let last = await height(page, selector);
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(150);
    const h = await height(page, selector);
    if (h === last && h !== from) return h;
    last = h;
  }
  return last;
}

test("the iframe's height follows its content, and it uses the host's rate card", async () => {
  const { page, log } = await openHost();
  const frame = page.frameLocator('#framed');
  await frame.getByTestId('total-per-user').waitFor();
  // The figure below is worked out with every call lasting the average.
  await exactRounding(frame);
  // The host sized it from the 600 px it started at to the calculator's own height.
  const first = await settledHeight(page, '#framed', 600);
  assert.ok(first > 1000, `sized to its content: ${first}`);
  const inner = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  assert.equal(first, inner);
  // No page chrome inside the frame.
  assert.equal(await frame.locator('h1').count(), 0);
  // Three more lines make it taller; removing them brings it back.
  for (let i = 0; i < 3; i++) await frame.getByTestId('add-usage-line').click();
  const taller = await settledHeight(page, '#framed', first);
  assert.ok(taller > first + 100, `${taller} after adding lines, ${first} before`);
  for (let i = 0; i < 3; i++) await frame.getByTestId('remove-usage-line').last().click();
  assert.equal(await settledHeight(page, '#framed', taller), first);
  // The host's card (US toll dial-in 0.0120) came by message: pay-per-minute is the example's
  // $444.75 less 15,000 min x (0.0165 - 0.0120) = $67.50: $377.25.
  assert.equal(await frame.getByTestId('total-ppm').innerText(), '$377.25');
  assert.match(await frame.getByTestId('rate-card-notice').innerText(), /^Rates: Acme negotiated rates/);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('a height message from a third origin is ignored, on both sides', async () => {
  const { page } = await openHost();
  const before = await settledHeight(page, '#framed', 600);
  assert.ok(before > 1000, 'the calculator sized its frame first');
  // The framed page navigates to a third origin, which posts a height of 7: the host ignores it,
  // since it doesn't come from the calculator's origin.
  await page.locator('#framed').evaluate((f, url) => { f.contentWindow.location = url; }, `${thirdBase}fake-height.html`);
  await page.waitForTimeout(800);
  assert.equal(await height(page, '#framed'), before);
  await page.close();

  // The calculator framed by a third origin that isn't in its `origins`: it never answers the
  // third origin's hello, so the frame keeps the height its page gave it.
  const other = await env.browser.newPage();
  await other.goto(`${thirdBase}frames.html`);
  await other.frameLocator('#framed').getByTestId('total-per-user').waitFor();
  await other.waitForTimeout(800);
  assert.equal(await height(other, '#framed'), 321);
  await other.close();
});

test('two script embeds keep separate state, and their attributes apply', async () => {
  const { page, log } = await openHost();
  const uk = page.locator('#uk');
  const us = page.locator('#us');
  // The figures below are worked out with every call lasting the average: each embed pinned.
  await exactRounding(uk);
  await exactRounding(us);
  // data-country="GB" data-organizers="100": 100 organizers with the example's call mix cost
  // $695.50 on the licence (tests/state.rs; sample rates depend on the destination only).
  assert.equal(await uk.getByTestId('tenant-country').inputValue(), 'United Kingdom');
  assert.equal(await uk.getByTestId('organizers').inputValue(), '100');
  assert.equal(await text(uk, 'total-per-user'), '$695.50');
  assert.equal(await us.getByTestId('organizers').inputValue(), '50');
  await uk.getByTestId('organizers').fill('10');
  assert.equal(await us.getByTestId('organizers').inputValue(), '50', 'the other embed is untouched');
  assert.equal(await text(us, 'total-per-user'), '$347.75');
  // data-theme="dark" and data-brand: on the UK embed's root only.
  const root = (locator) => locator.locator('.ac-root').first();
  assert.equal(await root(uk).getAttribute('data-theme'), 'dark');
  assert.equal(await root(us).getAttribute('data-theme'), null);
  assert.equal(await root(uk).evaluate((e) => getComputedStyle(e).getPropertyValue('--ac-brand').trim()), '#b4005a');
  assert.equal(await root(us).evaluate((e) => getComputedStyle(e).fontFamily), 'Georgia, serif');
  // Nothing written to the host's address or storage.
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  // An attribute the calculator doesn't take: a console warning, and the default.
  assert.ok(log.warnings.some((w) => w.includes('theme="neon" ignored: use auto, light or dark')), log.warnings.join('\n'));
  assert.deepEqual(log.errors, []);
  await page.close();
});

const text = (scope, testid) => scope.getByTestId(testid).first().innerText();

test("aggressive host CSS leaves the widget usable, and the widget's CSS stays inside", async () => {
  const { page } = await openHost();
  const hostFont = await page.locator('h2').first().evaluate((e) => getComputedStyle(e).fontFamily);
  await page.addStyleTag({ content: '* { font-size: 30px !important; box-sizing: content-box !important; }' });
  const us = page.locator('#us');
  // The figure below is worked out with every call lasting the average.
  await exactRounding(us);
  const input = us.getByTestId('organizers');
  assert.equal(await input.evaluate((e) => getComputedStyle(e).fontSize), '16px');
  assert.equal(await input.evaluate((e) => getComputedStyle(e).boxSizing), 'border-box');
  await input.fill('100');
  assert.equal(await text(us, 'total-per-user'), '$695.50');
  const [widget, box] = await Promise.all([
    us.locator('.calculator').evaluate((e) => e.getBoundingClientRect().width),
    us.evaluate((e) => e.getBoundingClientRect().width),
  ]);
  assert.ok(widget <= box + 1, `the widget (${widget}px) fits its box (${box}px)`);
  // The calculator's rules (e.g. h2 sizes, its font) never reach the host's own headings.
  assert.equal(await page.locator('h2').first().evaluate((e) => getComputedStyle(e).fontFamily), hostFont);
  await page.close();
});

test("the host's rate card loads, and a broken one shows its notice", async () => {
  const { page } = await openHost();
  const us = page.locator('#us');
  await us.getByText('Rates: Acme negotiated rates').waitFor();
  // The figure below is worked out with every call lasting the average.
  await exactRounding(us);
  // As in the iframe: $444.75 - $67.50 = $377.25.
  assert.equal(await text(us, 'total-ppm'), '$377.25');
  const broken = page.locator('#broken');
  await broken.getByTestId('notice').waitFor();
  assert.match(await text(broken, 'notice'),
    /^The host's rate card broken\.json couldn't be used \(1 problem: broken\.json.*not a rate card.*\)\. Showing the built-in sample rates\./);
  assert.match(await text(broken, 'rate-card-notice'), /^Sample rates/);
  await page.close();
});

test('"Embed this calculator" gives snippets that show the same quote in another page', async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(env.base);
  // Worked out with every call lasting the average; the snippets carry it in their scenario.
  await exactRounding(page);
  await page.getByTestId('organizers').fill('100');
  // 100 organizers: $695.50 (tests/state.rs).
  assert.equal(await page.getByTestId('total-per-user').innerText(), '$695.50');
  await page.getByTestId('embed-open').click();
  await page.getByTestId('embed-theme').selectOption('dark');
  const iframeCode = await page.getByTestId('embed-iframe-code').inputValue();
  const scriptCode = await page.getByTestId('embed-script-code').inputValue();
  assert.match(iframeCode, new RegExp(`^<iframe src="${env.base}\\?embed=1&amp;theme=dark#v4\\.[A-Za-z0-9_-]+" `));
  assert.match(scriptCode, /^<div data-audio-cost-calculator data-scenario="v4\.[A-Za-z0-9_-]+" data-theme="dark"><\/div>/);
  await page.getByTestId('embed-copy-script').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), scriptCode);

  // Pasted into a page on another origin, each shows the same quote, dark.
  await writeFile(join(thirdDir, 'pasted.html'), `<!doctype html><body>${iframeCode}\n${scriptCode}</body>`);
  const other = await context.newPage();
  await other.goto(`${thirdBase}pasted.html`);
  const framed = other.frameLocator('iframe');
  assert.equal(await framed.getByTestId('total-per-user').innerText(), '$695.50');
  assert.equal(await framed.getByTestId('rounding').inputValue(), 'exact_average');
  assert.equal(await framed.locator('html').getAttribute('data-theme'), 'dark');
  const scripted = other.locator('[data-audio-cost-calculator]');
  assert.equal(await scripted.getByTestId('total-per-user').innerText(), '$695.50');
  assert.equal(await scripted.getByTestId('rounding').inputValue(), 'exact_average');
  assert.equal(await scripted.locator('.ac-root').getAttribute('data-theme'), 'dark');
  await context.close();
});

/** What a Content-Security-Policy refused in `page`, as "directive blocked-address". */
const recordRefusals = (page) => page.addInitScript(() => {
  window.__refused = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(`${e.effectiveDirective} ${e.blockedURI}`));
});
const refusals = (page) => page.evaluate(() => window.__refused);

/** Console messages other than logs (the page's and its workers'), and the importer's files
 * requested. */
function watch(page) {
  const seen = { said: [], importer: [] };
  const listen = (source) => source.on('console', (m) => { if (m.type() !== 'log') seen.said.push(`${m.type()}: ${m.text()}`); });
  listen(page);
  page.on('worker', listen);
  page.on('request', (r) => { if (/importer/.test(r.url())) seen.importer.push(new URL(r.url()).pathname); });
  return seen;
}

/** A host page on the third origin under `csp`, with one script embed. */
async function hostUnder(context, name, csp) {
  await writeFile(join(thirdDir, name), `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${csp}"><title>CSP host</title></head>
    <body><div data-audio-cost-calculator></div><script src="${env.base}embed.js" defer></script></body></html>`);
  const page = await context.newPage();
  await recordRefusals(page);
  const seen = watch(page);
  await page.goto(`${thirdBase}${name}`);
  return { page, seen };
}

/** A sheet of one dial-out rate (imported, it is the whole card: other countries have none). */
const oneRateSheet = (country) => ({
  name: `Dial-out calls - ${country}.csv`,
  mimeType: 'text/csv',
  buffer: Buffer.from(`Destination,Terminating Number Type,Per Minute Rate in USD (Billed in Tenths of a Minute)\n${country},Wireline,0.02\n`),
});

/** Imports one-rate sheets for `countries` in turn, in `scope`, each waited for. */
async function importSheets(scope, countries) {
  for (const country of countries) {
    await scope.getByTestId('import-rates').setInputFiles(oneRateSheet(country));
    await scope.getByTestId('rate-card-notice').getByText(`Rates: Dial-out calls - ${country}.csv`).waitFor();
  }
}

test('a script embed runs under the CSP the embed dialog gives, and says why under a typical host CSP', async () => {
  const calculator = new URL(env.base).origin;
  const page = await env.browser.newPage();
  await page.goto(env.base);
  await page.getByTestId('embed-open').click();
  const policy = await page.getByTestId('embed-script-csp').innerText();
  assert.equal(policy, `script-src ${calculator} 'wasm-unsafe-eval'; connect-src ${calculator}; style-src ${calculator}; worker-src blob:`);
  assert.equal(await page.getByTestId('embed-iframe-csp').innerText(), `frame-src ${calculator}; script-src ${calculator}`);
  await page.close();

  // Exactly that policy, and nothing else allowed: the calculator renders, styled, and imports
  // rate sheets (in a worker started from a blob: here, loaded once) without a single refusal or
  // warning.
  const context = await env.browser.newContext();
  const { page: strict, seen } = await hostUnder(context, 'strict.html', `default-src 'none'; ${policy}`);
  const embed = strict.locator('[data-audio-cost-calculator]');
  // The example as a first visit sees it, calls varying in length: $348.40 (worked out in
  // tests/e2e/app.test.mjs, the first screen).
  assert.equal(await embed.getByTestId('total-per-user').innerText(), '$348.40');
  assert.equal(await embed.getByTestId('organizers').evaluate((e) => getComputedStyle(e).minHeight), '44px', 'styled');
  await importSheets(embed, ['Germany', 'France']);
  assert.deepEqual(await refusals(strict), []);
  assert.deepEqual(seen.importer.sort(), ['/importer.js', '/importer_bg.wasm']);
  assert.deepEqual(seen.said, []);
  await strict.close();

  // Each directive is needed: without it, the browser refuses something the embed loads (the
  // worker only when a sheet is imported).
  for (const directive of policy.split('; ')) {
    const name = directive.split(' ')[0];
    const others = policy.split('; ').filter((d) => d !== directive).join('; ');
    const { page } = await hostUnder(context, 'missing.html', `default-src 'none'; ${others}`);
    if (name === 'worker-src') {
      await page.locator('[data-audio-cost-calculator]').getByTestId('import-rates').setInputFiles(oneRateSheet('Germany'));
    }
    await page.waitForTimeout(1500);
    const refused = await refusals(page);
    assert.ok(refused.some((r) => r.startsWith(name)), `without ${name}: ${refused.join(', ')}`);
    await page.close();
  }

  // A typical host policy lets the scripts in but not the compiling of WebAssembly: the element
  // says what to allow instead of staying empty.
  const { page: typical } = await hostUnder(context, 'typical.html', `script-src 'self' ${calculator}`);
  const message = typical.locator('[data-audio-cost-calculator] p[role="alert"]');
  assert.equal(await message.innerText(),
    "The cost calculator can't start here: this page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src.");
  await context.close();
});

test('the importer worker loads once per page, and neither loading nor importing warns', async () => {
  const page = await env.browser.newPage();
  const seen = watch(page);
  await page.goto(env.base);
  await page.getByTestId('total-per-user').waitFor();
  await page.waitForLoadState('networkidle');
  // Three imports and a JSON export: the worker's three files (~670 KB) were fetched for each.
  await importSheets(page, ['Germany', 'France', 'Spain']);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-card-json').click();
  assert.equal((await download).suggestedFilename(), 'rate-card.json');
  assert.deepEqual(seen.importer.sort(), ['/importer.js', '/importer_bg.wasm', '/importer_loader.js']);
  // Chrome warned of the preloaded wasm's integrity on load, and wasm-bindgen of deprecated
  // parameters each time the worker started.
  assert.deepEqual(seen.said, []);
  await page.close();
});

test("the iframe's notice names the card in use when its host sends another card", async () => {
  const { page, log } = await openHost();
  const frame = page.frameLocator('#framed');
  await frame.getByTestId('rate-card-notice').getByText('Rates: Acme negotiated rates').waitFor();
  // The figure below is worked out with every call lasting the average.
  await exactRounding(frame);
  const send = async (file) => {
    const json = await readFile(`${ROOT}/examples/host/rates/${file}`, 'utf8');
    await page.locator('#framed').evaluate((f, [name, json]) => f.contentWindow.postMessage(
      { type: 'audio-cost:rates', version: 1, name, json }, new URL(f.src).origin), [file, json]);
  };
  // A second card that doesn't read: Acme's stays in use, and the notice says so (it used to
  // say the built-in rates were shown).
  await send('broken.json');
  const notice = frame.getByTestId('notice');
  await notice.waitFor();
  assert.match(await notice.innerText(),
    /^The host's rate card broken\.json couldn't be used \(1 problem: .*\)\. Using the rate card Acme negotiated rates instead\./);
  assert.match(await frame.getByTestId('rate-card-notice').innerText(), /^Rates: Acme negotiated rates/);
  // Back to the built-in card: the notice, still shown, names it now.
  await frame.getByTestId('use-builtin-rates').click();
  await notice.getByText('Showing the built-in sample rates.').waitFor();
  // A card that reads ends the notice: Acme's again, US toll dial-in at 0.0120, $377.25 as in
  // the first test.
  await send('negotiated.json');
  await frame.getByTestId('rate-card-notice').getByText('Rates: Acme negotiated rates').waitFor();
  assert.equal(await notice.count(), 0);
  assert.equal(await frame.getByTestId('total-ppm').innerText(), '$377.25');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('"Copy share link" works inside the iframe the embed dialog gives', async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(env.base);
  // Worked out with every call lasting the average; the iframe's scenario carries it.
  await exactRounding(page);
  await page.getByTestId('embed-open').click();
  const iframeCode = await page.getByTestId('embed-iframe-code').inputValue();
  await writeFile(join(thirdDir, 'framed-copy.html'), `<!doctype html><body>${iframeCode}</body>`);
  const host = await context.newPage();
  await host.goto(`${thirdBase}framed-copy.html`);
  const framed = host.frameLocator('iframe');
  const organizers = framed.getByTestId('organizers');
  await organizers.click({ clickCount: 3 });
  await organizers.pressSequentially('100', { delay: 20 });
  // 100 organizers: $695.50 (tests/state.rs).
  assert.equal(await framed.getByTestId('total-per-user').innerText(), '$695.50');
  // A frame from another origin may write to the clipboard only if its iframe allows it: without
  // allow="clipboard-write" the page said "Copying isn't allowed here".
  await framed.getByTestId('share-link').click();
  await framed.getByText('Link copied').waitFor();
  const link = await framed.getByTestId('share-url').inputValue();
  assert.match(link, new RegExp(`^${env.base}#v4\\.[A-Za-z0-9_-]+$`));
  await page.bringToFront();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await context.close();
});

/** The contrast ratio (WCAG 2) of an element's text on its background, to two decimals. */
const contrast = (locator) => locator.evaluate((element) => {
  // Whatever notation the browser computes (hex, rgb(), color(xyz-d65 …)), a canvas paints sRGB.
  const context = document.createElement('canvas').getContext('2d');
  const luminance = (css) => {
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].slice(0, 3)
      .map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(element);
  const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
  return ((light + 0.05) / (dark + 0.05)).toFixed(2);
});

test('the radius reaches buttons and inputs, and text on any brand keeps AA contrast', async () => {
  const { page } = await openHost();
  const uk = page.locator('#uk'); // data-theme="dark" data-brand="#b4005a" data-radius="2px"
  const us = page.locator('#us'); // no white-label options
  const radius = (locator) => locator.evaluate((e) => getComputedStyle(e).borderTopLeftRadius);
  // Panels take the radius as given, controls three quarters of it: 2px -> 1.5px (they were 6px
  // whatever the radius); by default 8px and 6px.
  assert.equal(await radius(uk.locator('.panel').first()), '2px');
  assert.equal(await radius(uk.getByTestId('organizers')), '1.5px');
  assert.equal(await radius(uk.getByTestId('add-usage-line')), '1.5px');
  assert.equal(await radius(us.getByTestId('organizers')), '6px');
  // #b4005a has luminance 0.2126 x 0.4568 + 0.0722 x 0.1022 = 0.1045 (<= 0.1791): white text,
  // 1.05 / 0.1545 = 6.80:1, in the dark theme too (the dark theme's #0b1420 gave 2.73:1).
  assert.equal(await contrast(uk.getByTestId('add-usage-line')), '6.80');
  // A light brand from the host's CSS, light theme: #ffd200 has luminance 0.2126 + 0.7152 x
  // 0.6444 = 0.6735: black text, 0.7235 / 0.05 = 14.47:1 (white gave 1.45:1).
  await page.addStyleTag({ content: '#us { --ac-brand: #ffd200; }' });
  assert.equal(await contrast(us.getByTestId('add-usage-line')), '14.47');
  await page.close();
});
