// The first screen gives one answer. On a phone (390 × 844) and a laptop (1280 × 900), what shows
// before any scroll is the verdict, its basis, what its words mean and its picture, whole; every
// sentence there that states a gap states the verdict's, in its direction; no finance jargon
// shows there, and each word the glossary explains is one the verdict or its basis uses.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dollars, launch, open, serve, text } from './harness.mjs';

const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  laptop: { viewport: { width: 1280, height: 900 } },
};
// Words a reader from a news article should not meet unexplained on the first screen.
const JARGON = ['NPV', 'net present value', 'IRR', 'internal rate', 'EBITDA', 'DSCR', 'discount rate', 'discounted',
  'WACC', 'MACRS', 'levered', 'unlevered', 'terminal value', 'hurdle', 'covenant', 'NOI', 'basis points', 'cost of capital',
  'amortis', 'cap rate', 'pre-tax', 'tax shield'];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Each block of text with any of its lines on the first screen, in page order: its text and
 * the element's test id or tag. Closed disclosures show only their summary. */
const firstScreen = (page) => page.evaluate(() => {
  const blocks = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const on = [...range.getClientRects()].some((r) => r.height > 0 && r.width > 0 && r.top < innerHeight && r.bottom > 0);
    const el = node.parentElement;
    if (!on || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const block = el.closest('p, h1, h2, h3, summary, li, dt, dd, label, figcaption, option, button, th, td') ?? el;
    blocks.set(block, { id: block.dataset.testid ?? block.tagName.toLowerCase(), text: block.textContent.trim() });
  }
  return [...blocks.values()];
});

/** The verdict's gap as a signed amount of dollars. */
function gapOf(verdict) {
  const m = /\b(adds|loses) (\$[\d.,]+[KMB]?)/.exec(verdict);
  assert.ok(m, `a gap in "${verdict}"`);
  return (m[1] === 'loses' ? -1 : 1) * dollars(m[2]);
}

for (const [screen, options] of Object.entries(SCREENS)) {
  describe(`the first screen on a ${screen}`, () => {
    for (const [name, query] of [['the defaults', ''], ['a loss', '?rent=95'], ['a GPU cloud', '?mode=gpu'], ['a site with no miners', '?green=1&nnn=1']]) {
      it(`${name}: the verdict, its basis and its whole picture, one gap, no jargon`, async () => {
        const { page, problems, context } = await open(browser, `${server.url}${query}`, options);
        const height = options.viewport.height;
        const verdict = await text(page, 'verdict');
        const gap = gapOf(verdict);
        const blocks = await firstScreen(page);
        const ids = blocks.map((b) => b.id);
        for (const id of ['verdict', 'basis']) assert.ok(ids.includes(id), `${id} on the first screen: ${ids}`);
        // The picture: the first chart is the value chart, and all of it is on the first screen.
        const chart = await page.locator('.charts.lead figure.chart').first();
        assert.equal(await chart.getAttribute('data-chart'), 'value');
        const box = await chart.locator('canvas').boundingBox();
        assert.ok(box.y >= 0 && box.y + box.height <= height, `the chart spans ${Math.round(box.y)}–${Math.round(box.y + box.height)} px of ${height}`);
        // Every sentence on screen that states a gap states the verdict's, in its direction.
        const stated = blocks.filter((b) => /\b(adds|loses|ahead by)\b/.test(b.text));
        assert.ok(stated.length >= 2, `the verdict and its picture's takeaway state the gap: ${JSON.stringify(stated)}`);
        for (const b of stated) {
          for (const m of b.text.matchAll(/\b(adds|loses|ahead by) (\$[\d.,]+[KMB]?)/g)) {
            const sign = m[1] === 'loses' || (m[1] === 'ahead by' && /mining ahead/i.test(b.text)) ? -1 : 1;
            assert.equal(sign * dollars(m[2]), gap, `"${b.text}" against the verdict "${verdict}"`);
          }
        }
        // No finance jargon on the first screen; the glossary explains words the answer uses.
        const shown = blocks.map((b) => b.text).join('\n');
        const jargon = JARGON.filter((w) => new RegExp(`\\b${w}`, 'i').test(shown));
        assert.deepEqual(jargon, [], `jargon on the first screen: ${shown}`);
        const basis = await text(page, 'basis');
        const terms = await page.$$eval('[data-testid=terms] dt', (dts) => dts.map((d) => d.textContent.trim()));
        assert.ok(terms.length >= 2 && terms.length <= 4, `${terms.length} terms explained`);
        const said = `${verdict} ${basis}`.toLowerCase();
        const uses = { "in today's money": "today's money", rates: '%', borrowed: 'borrowed', 'after the contract': 'after the contract' };
        for (const t of terms) assert.ok(said.includes(uses[t.toLowerCase()] ?? t.toLowerCase()), `"${t}" is not used in "${said}"`);
        assert.deepEqual(problems.errors, []);
        await context.close();
      });
    }
  });
}
