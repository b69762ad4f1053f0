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
