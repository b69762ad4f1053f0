// The answer in view, and readable (issue 13): the chart's labels, the printed quote, every
// select's options, and the results bar on phones and the sticky results on wide screens.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { exactRounding, start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** A page in its own browser context, once the whole form is on screen, with every call
 * lasting the average (the figures below are worked out with that rule). */
async function open({ width = 1280, height = 900, scale = 1, locale = 'en-US', colorScheme = 'light', path = '' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, locale, colorScheme });
  const page = await context.newPage();
  await page.goto(env.base + path);
  await page.getByTestId('usage-kind').first().waitFor();
  await exactRounding(page);
  // At the top of the page, as it opened (the scrolling tests measure from there).
  await page.evaluate(() => scrollTo(0, 0));
  return { page, context };
}

const box = (locator) => locator.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, viewport: innerHeight };
});

/** Moves to the field as the keyboard does (the browser scrolls it into view), selects its
 * text and types `keys` one by one, as a person would. */
async function type(field, keys) {
  await field.focus();
  await field.selectText();
  await field.pressSequentially(keys, { delay: 20 });
}

test("the chart's labels lie inside its viewBox, whatever the amounts, in both languages", async () => {
  // The example scales with its organizers (one licence each): its dearest point on the chart is
  // pay-per-minute at twice today's usage, 2 x $444.75 = $889.50 for 50 organizers, so $8,895.00
  // for 500 and $88,950.00 for 5,000 (Spanish writes four digits ungrouped).
  for (const [locale, tops] of [
    ['en-US', { 50: '$889.50', 500: '$8,895.00', 5000: '$88,950.00' }],
    ['es-ES', { 50: '889,50 US$', 500: '8895,00 US$', 5000: '88.950,00 US$' }],
  ]) {
    const { page, context } = await open({ width: 1280, locale });
    for (const [organizers, top] of Object.entries(tops)) {
      await page.getByTestId('organizers').fill(organizers);
      const labels = await page.getByTestId('break-even-chart').locator('svg').evaluate((svg) => {
        const view = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('text')].map((t) => {
          const b = t.getBBox();
          return { text: t.textContent, inside: b.x >= view.x && b.y >= view.y && b.x + b.width <= view.x + view.width
            && b.y + b.height <= view.y + view.height, box: [b.x, b.y, b.width, b.height].map(Math.round) };
        });
      });
      assert.ok(labels.some((l) => l.text.replaceAll('\u00a0', ' ') === top), `${locale} ${organizers}: ${top} labels the axis`);
      assert.deepEqual(labels.filter((l) => !l.inside), [], `${locale}, ${organizers} organizers`);
    }
    await context.close();
  }
});

test('the printed quote is dark on white in the dark theme, with its badge and its headings', async () => {
  const { page, context } = await open({ colorScheme: 'dark' });
  await page.emulateMedia({ media: 'print' });
  // Paper is white and browsers leave backgrounds out, so every printed text needs a 4.5:1
  // contrast with white, and the chart's lines 3:1 (WCAG's ratios).
  const pale = () => page.evaluate(() => {
    const luminance = (css) => {
      const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (css) => 1.05 / (luminance(css) + 0.05);
    const found = [];
    for (const e of document.querySelectorAll('body *')) {
      if (!e.checkVisibility()) continue;
      const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      const style = getComputedStyle(e);
      if (own && e.tagName !== 'text' && contrast(style.color) < 4.5) found.push(`${e.tagName}.${e.className} ${style.color}`);
      if (e.tagName === 'text' && contrast(style.fill) < 4.5) found.push(`svg text ${style.fill}`);
      if (e.tagName === 'polyline' && contrast(style.stroke) < 3) found.push(`polyline.${e.className.baseVal} ${style.stroke}`);
    }
    return found;
  });
  assert.deepEqual(await pale(), [], 'the system in dark mode');
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('theme').selectOption('dark');
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await pale(), [], 'the dark theme chosen');
  // The "Cheaper" badge: dark text in a frame, since its background isn't printed.
  const badge = page.locator('.option.cheaper .badge').first();
  assert.equal(await badge.innerText(), 'Cheaper');
  assert.ok(await badge.evaluate((e) => parseFloat(getComputedStyle(e).borderTopWidth)) >= 1, 'framed');
  // The working and the assumptions keep their headings.
  assert.equal(await page.getByTestId('line-items').locator('summary').innerText(), 'Line items: how each figure is computed');
  assert.equal(await page.getByTestId('assumptions').locator('summary').innerText(), 'Assumptions');
  await context.close();
});

test('every select shows its longest option whole, in both languages, at every width', async () => {
  // 320 and 375 px phones, a desktop and a small one, and 200 % zoom of a 1280 px window (laid
  // out like 640 px). A select is as wide as its longest option when nothing constrains it, so
  // a copy of it at `max-content` width measures what each needs.
  for (const [width, scale] of [[320, 1], [375, 1], [1024, 1], [1280, 1], [640, 2]]) {
    for (const locale of ['en-US', 'es-ES']) {
      const { page, context } = await open({ width, scale, locale });
      await page.getByTestId('embed-open').click();
      const cut = await page.evaluate(() => {
        const found = [];
        for (const select of document.querySelectorAll('select')) {
          if (!select.checkVisibility()) continue;
          const copy = select.cloneNode(true);
          copy.removeAttribute('id');
          copy.removeAttribute('data-testid');
          Object.assign(copy.style, { position: 'absolute', visibility: 'hidden', width: 'max-content', minWidth: '0', maxWidth: 'none' });
          select.after(copy);
          const needed = copy.getBoundingClientRect().width;
          copy.remove();
          const shown = select.getBoundingClientRect().width;
          if (shown + 0.5 < needed) {
            const longest = [...select.options].map((o) => o.text).sort((a, b) => b.length - a.length)[0];
            found.push(`${select.dataset.testid ?? select.id}: ${Math.round(shown)} of ${Math.round(needed)} px ("${longest}")`);
          }
        }
        // The words beside a line's fields ("from", "calls of") are cut off the same way.
        for (const word of document.querySelectorAll('.usage-line .place, .usage-line .unit')) {
          if (word.checkVisibility() && word.scrollWidth > word.clientWidth) found.push(`"${word.textContent}" cut`);
        }
        return found;
      });
      assert.deepEqual(cut, [], `${locale} at ${width} px x ${scale}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, 'nothing wider than the window');
      await context.close();
    }
  }
});

test('on a phone, the bar keeps both totals and the verdict in view while the call mix is typed', async () => {
  const { page, context } = await open({ width: 375, height: 667 });
  const bar = page.locator('.results-bar');
  const line = (n) => page.getByTestId('usage-line').nth(n);
  // The stable hooks stay unique: the bar has its own.
  for (const hook of ['total-per-user', 'total-ppm', 'verdict']) {
    assert.equal(await page.getByTestId(hook).count(), 1, hook);
  }
  // The call mix comes before the secondary panels and after the tenant and the offer, on
  // screen and in the reading order; the results follow it.
  // (The rate card panel is closed, so its file input has no place: the panel stands for it.)
  const order = ['[data-testid="tenant-country"]', '[data-testid="licence-offer"]', '[data-testid="usage-kind"]',
    '[data-testid="total-per-user"]', '[data-testid="display-currency"]', 'details.rates', '[data-testid="compare-add"]'];
  const places = await page.evaluate((selectors) => selectors.map((s, i) => {
    const e = document.querySelector(s);
    const previous = document.querySelector(selectors[i - 1] ?? s);
    return { s, top: e.getBoundingClientRect().top + scrollY, follows: i === 0 || Boolean(previous.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) };
  }), order);
  for (let i = 1; i < places.length; i++) {
    assert.ok(places[i - 1].top < places[i].top, `${places[i - 1].s} above ${places[i].s}`);
    assert.ok(places[i].follows, `${places[i].s} after ${places[i - 1].s} in the document`);
  }

  const check = async (field, totals, verdict) => {
    assert.equal(await page.getByTestId('bar-per-user').innerText(), totals[0]);
    assert.equal(await page.getByTestId('bar-ppm').innerText(), totals[1]);
    assert.equal(await page.getByTestId('bar-verdict').innerText(), verdict);
    // The same figures as the results, far up or down the page.
    assert.equal(await page.getByTestId('total-per-user').innerText(), totals[0]);
    assert.equal(await page.getByTestId('total-ppm').innerText(), totals[1]);
    const [b, f] = [await box(bar), await box(field)];
    assert.ok(b.top >= 0 && b.bottom <= b.viewport, `the bar is in the window: ${JSON.stringify(b)}`);
    assert.ok(f.bottom <= b.top, `the bar doesn't cover the field typed in: ${JSON.stringify({ f, b })}`);
  };
  // No toll dial-in (line 1: 10 calls of 30 min from the US): pay-per-minute loses 50 x 300 min
  // x 0.0165 = $247.50, so $444.75 - 247.50 = $197.25; the licence includes toll dial-in: $347.75.
  // Pay-per-minute is cheaper by 347.75 - 197.25 = $150.50.
  const calls = line(0).getByTestId('usage-calls');
  await type(calls, '0');
  await check(calls, ['$347.75', '$197.25'], 'Pay-per-minute cheaper by $150.50 a month');
  // The last line, at the bottom of the call mix: dial-out to UAE mobiles (not in Zone A, so no
  // pool) at 0.1485, from 1 call of 10 min to 1 of 40 min per organizer: 50 x 30 more minutes x
  // 0.1485 = $222.75 more on both: $570.50 and $420.00, still $150.50 apart.
  const minutes = line(3).getByTestId('usage-minutes');
  await type(minutes, '40');
  await check(minutes, ['$570.50', '$420.00'], 'Pay-per-minute cheaper by $150.50 a month');

  // At the end of the page the bar sits below the last content instead of covering it.
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  const [b, footer] = [await box(bar), await box(page.locator('footer'))];
  assert.ok(footer.bottom <= b.top, `the footer (${footer.bottom}) ends above the bar (${b.top})`);
  // Not on paper.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await bar.isVisible(), false, 'the bar is not printed');
  await context.close();

  // Not in an iframe embed, which is as tall as its content, so nothing is out of view.
  const framed = await open({ width: 375, height: 667, path: '?embed=1' });
  assert.equal(await framed.page.locator('.results-bar').count(), 0);
  await framed.context.close();
});

test('on a wide screen, the results stay beside the call mix while it is typed, and no bar shows', async () => {
  const { page, context } = await open({ width: 1280, height: 800 });
  assert.equal(await page.locator('.results-bar').isVisible(), false);
  // As above: the last line at 40 min per call adds 50 x 30 min x 0.1485 = $222.75 to both
  // options: $570.50 and $667.50.
  const minutes = page.getByTestId('usage-line').nth(3).getByTestId('usage-minutes');
  await type(minutes, '40');
  assert.equal(await page.getByTestId('total-per-user').innerText(), '$570.50');
  assert.equal(await page.getByTestId('total-ppm').innerText(), '$667.50');
  // The window scrolled down to the field by more than its own height, past where the results
  // start (about 370 px down the page); they are beside the field, in the window.
  const scrolled = await page.evaluate(() => scrollY);
  assert.ok(scrolled > 800, `scrolled by ${scrolled} px`);
  for (const hook of ['total-per-user', 'total-ppm', 'verdict']) {
    const b = await box(page.getByTestId(hook));
    assert.ok(b.top >= 0 && b.bottom <= b.viewport, `${hook} in the window: ${JSON.stringify(b)}`);
  }
  await context.close();
});
