// The answer in view, and readable (issue 13): the chart's labels, the printed quote, every
// select's options, and the results bar on phones and the sticky results on wide screens.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** A page in its own browser context, once the whole form is on screen. */
async function open({ width = 1280, height = 900, scale = 1, locale = 'en-US', colorScheme = 'light', path = '' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, locale, colorScheme });
  const page = await context.newPage();
  await page.goto(env.base + path);
  await page.getByTestId('usage-kind').first().waitFor();
  return { page, context };
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
