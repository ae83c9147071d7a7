// The page on a phone (390 × 844, touch): the answer and the first chart before any slider, the
// key inputs, "More inputs" closed by section, a compact summary that keeps every move in view,
// touch-sized targets; and that the 1280 px layout, embeds and print still hold.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, open, serve, text } from './harness.mjs';

const require = createRequire(import.meta.url);
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const WIDE = { viewport: { width: 1280, height: 900 } };
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

function clean(problems) {
  assert.deepEqual(problems.errors, [], 'console errors');
  assert.deepEqual(problems.foreign, [], 'requests to other origins');
}

/** Page-coordinate boxes of the elements matching `selector` that are shown. */
const boxes = (page, selector) => page.$$eval(selector, (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => {
  const r = e.getBoundingClientRect();
  return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, width: r.width, height: r.height };
}));

/** What the compact summary shows: its text and its sparkline. */
const summaryNow = (page) => page.$eval('[data-testid=summary]', (s) => s.textContent + '|'
  + [...s.querySelectorAll('polyline, line')].map((l) => l.getAttribute('points') ?? l.getAttribute('y1')).join('|'));

async function axe(page) {
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
    .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
}

/**
 * Moves each slider shown among the key inputs and in the sections matching `sections` (opened
 * one by one) with eight arrow presses, after scrolling it into view, and checks that the compact
 * summary changed and is on screen, that the screen outside the control changed, and that the
 * slider did not move under the finger. Returns the sliders' ids.
 */
async function moveEvery(page, sections) {
  const moved = [];
  const move = async (slider) => {
    const id = await slider.getAttribute('id');
    const control = slider.locator('xpath=ancestor::div[contains(@class, "control")]');
    await slider.scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
    const before = await summaryNow(page);
    const y = (await slider.boundingBox()).y;
    const shot = await page.screenshot({ mask: [control] });
    await slider.focus();
    const atMax = await slider.evaluate((el) => Number(el.value) >= Number(el.max));
    for (let i = 0; i < 8; i++) await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForFunction((b) => {
      const s = document.querySelector('[data-testid=summary]');
      return s.textContent + '|' + [...s.querySelectorAll('polyline, line')].map((l) => l.getAttribute('points') ?? l.getAttribute('y1')).join('|') !== b;
    }, before).catch(() => { throw new Error(`${id}: the summary did not change`); });
    // On screen, and not given way to the verdict.
    const summary = await page.$eval('[data-testid=summary]', (s) => {
      const r = s.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, visible: getComputedStyle(s).visibility === 'visible' };
    });
    assert.ok(summary.visible && summary.top >= 0 && summary.bottom <= 844, `${id}: summary in view ${JSON.stringify(summary)}`);
    const after = await page.screenshot({ mask: [control] });
    assert.ok(!after.equals(shot), `${id}: the screen outside the control changed`);
    assert.ok(Math.abs((await slider.boundingBox()).y - y) <= 1, `${id}: the slider stayed under the finger`);
    moved.push(id);
  };
  for (const slider of await page.locator('[data-testid=key-inputs] input[type=range]:visible').all()) await move(slider);
  for (const group of await page.locator(sections).all()) {
    await group.locator(':scope > summary').click();
    for (const slider of await group.locator('input[type=range]:visible').all()) await move(slider);
  }
  return moved;
}

describe('on a phone', () => {
  it('shows the answer, then the first chart, before any slider; the rest by section, closed', async () => {
    const { page, problems, context } = await open(browser, server.url, PHONE);
    const [chart] = await boxes(page, 'canvas');
    assert.ok(chart.top <= 1300, `the first chart starts ${chart.top} px down`);
    const sliders = await boxes(page, 'input[type=range]');
    assert.ok(sliders.length >= 5, `${sliders.length} sliders shown`);
    assert.ok(sliders.filter((s) => s.top < chart.top).length <= 6, 'at most 6 sliders before the first chart');
    // The presets, the verdict with its basis and what its words mean, its chart, then how sure
    // and the figures, the currency atop the controls, the key inputs, the sections, the other
    // charts: in that order down the page.
    const top = async (selector) => (await boxes(page, selector))[0].top;
    const order = [await top('[data-testid=preset]'), await top('[data-testid=verdict]'), await top('[data-testid=basis]'),
      await top('[data-testid=terms]'), chart.top, await top('[data-testid=how-sure]'), await top('[data-testid=more-figures]'),
      await top('.figures'), await top('[data-testid=currency]'), await top('[data-testid=key-inputs] input[type=range]'),
      await top('details.group'), (await boxes(page, 'canvas'))[1].top];
    assert.deepEqual(order, [...order].sort((a, b) => a - b), `page order ${order}`);
    // Per kWh, payback and debt one tap away, so the first chart follows the answer closely.
    assert.equal(await page.getByTestId('more-figures').evaluate((d) => d.open), false, 'the other figures start closed');
    assert.equal(await page.getByTestId('kwh').isVisible(), false);
    await page.locator('[data-testid=more-figures] > summary').click();
    assert.equal(await page.getByTestId('kwh').isVisible(), true);
    // Five key sliders: grid power, hashprice, the lease rate (a lease by default), contract, capex.
    const key = await page.$$eval('[data-testid=key-inputs] input[type=range]', (els) => els.filter((e) => e.offsetParent).map((e) => e.id));
    assert.deepEqual(key, ['in-mw', 'in-hp', 'in-rent', 'in-yrs', 'in-cap']);
    const groups = await page.$$eval('details.group', (ds) => ds.map((d) => [d.open, d.querySelector('summary').textContent]));
    assert.ok(groups.length >= 5);
    for (const [open, summary] of groups) {
      assert.equal(open, false, summary);
      assert.match(summary, /^.+\d+ inputs?, all defaults$/);
    }
    // A closed section out of view, not yet drawn, counts at its summary's height: the page does
    // not grow by hundreds of pixels a section and shrink back as they are drawn.
    const heights = await page.$$eval('details.group', (ds) => ds.map((d) => d.getBoundingClientRect().height));
    assert.ok(heights.every((h) => h > 30 && h < 70), `closed sections ${heights.map(Math.round)}`);
    clean(problems);
    await context.close();
  });

  it('every slider, moved with eight arrow presses, changes the summary in view, and the page does not jump', async () => {
    const { page, problems, context } = await open(browser, server.url, PHONE);
    const moved = await moveEvery(page, 'details.group');
    assert.ok(moved.length >= 35, `${moved.length} sliders moved`);
    clean(problems);
    await context.close();
  });

  it('so does every slider of a GPU cloud', async () => {
    const { page, problems, context } = await open(browser, `${server.url}?mode=gpu`, PHONE);
    const moved = await moveEvery(page, '[data-testid=group-ai]');
    for (const key of ['gph', 'gpmw', 'gcap', 'glife', 'gdec', 'gopx', 'util']) assert.ok(moved.includes(`in-${key}`), key);
    clean(problems);
    await context.close();
  });

  it('keeps a small summary at the top while among the controls, hidden while the verdict shows', async () => {
    const { page, problems, context } = await open(browser, server.url, PHONE);
    await page.locator('[data-testid=group-finance] > summary').click();
    await page.getByTestId('range-rown').scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    const box = await page.getByTestId('summary').boundingBox();
    assert.ok(Math.abs(box.y) <= 1, `stuck to the top: ${box.y}`);
    assert.ok(box.height <= 0.15 * 844, `${box.height} px high`);
    assert.match(await text(page, 'summary-advantage'), /^(Converting|Mining) ahead by \$[\d.]+[KMB]$/);
    // Back at the verdict, the summary gives way to it; its room stays, so nothing moves.
    const keyTop = (await page.getByTestId('key-inputs').boundingBox()).y + await page.evaluate(() => scrollY);
    // A viewport tall enough to see the verdict and where the summary sits.
    await page.setViewportSize({ width: 390, height: 1600 });
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=summary]')).visibility === 'hidden');
    assert.equal((await page.getByTestId('key-inputs').boundingBox()).y, keyTop);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('range-rown').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=summary]')).visibility === 'visible');
    clean(problems);
    await context.close();
  });

  it('counts, in each section\'s summary, the inputs that differ from the defaults', async () => {
    // The years after the contract are counted by default: leaving them out is a change.
    const { page, problems, context } = await open(browser, `${server.url}?pwr=0.06&tv=0&mw=300`, PHONE);
    // The inputs each section shows (numbers, switches and the start month), counted in the page.
    const shown = await page.$$eval('details.group', (ds) => Object.fromEntries(ds.map((d) => {
      const was = d.open;
      d.open = true;
      const n = [...d.querySelectorAll('.group-body .control, .group-body .toggle-row')].filter((e) => e.checkVisibility()).length;
      d.open = was;
      return [d.dataset.testid.replace('group-', ''), n];
    })));
    assert.ok(shown.site >= 3 && shown.finance >= 3 && shown.mining >= 10, JSON.stringify(shown));
    assert.equal(await page.locator('[data-testid=group-site] [data-key=mw]').count(), 0, 'grid power is a key input, counted apart');
    assert.equal(await text(page, 'changed-site'), `${shown.site} inputs, 1 changed`);
    assert.equal(await text(page, 'changed-finance'), `${shown.finance} inputs, 1 changed`);
    assert.equal(await text(page, 'changed-mining'), `${shown.mining} inputs, all defaults`);
    await page.locator('[data-testid=group-site] > summary').click();
    await page.getByTestId('text-pesc').fill('3');
    await page.getByTestId('text-pesc').press('Enter');
    await page.waitForFunction((n) => document.querySelector('[data-testid=changed-site]').textContent === `${n} inputs, 2 changed`, shown.site);
    clean(problems);
    await context.close();
  });

  it('copies the verdict with its link, and says so', async () => {
    const { page, problems, context } = await open(browser, `${server.url}?mw=250`, PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.getByTestId('copy-sentence').click();
    await page.waitForFunction(() => /Copied/.test(document.querySelector('[data-testid=copy-status]').textContent));
    assert.equal(await page.getByTestId('copy-status').getAttribute('role'), 'status');
    // The verdict, its basis, any caution, the key inputs with the data's date, and the link.
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    const cautions = await page.$$eval('[data-testid=warnings] li', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(copied.slice(0, 2), [await text(page, 'verdict'), await text(page, 'basis')]);
    assert.deepEqual(copied.slice(2, -2), cautions);
    assert.match(copied.at(-2), /^Key inputs: 250 MW; .+ Market data as of /);
    assert.equal(copied.at(-1), `${server.url}?mw=250&mv=6`);
    // The next change clears the message, which no longer describes the sentence shown.
    await page.getByTestId('text-mw').fill('300');
    await page.getByTestId('text-mw').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=copy-status]').textContent === '');
    clean(problems);
    await context.close();
  });

  it('has touch-sized targets, sliders that leave vertical drags to the page, and decimal keypads', async () => {
    const { page, problems, context } = await open(browser, server.url, PHONE);
    await page.$$eval('details.group', (ds) => ds.forEach((d) => { d.open = true; }));
    const small = await page.$$eval('button, input[type=range], select, details.group > summary, .radio, .toggle', (els) => els
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ what: e.dataset.testid || e.id || e.textContent.trim().slice(0, 30), r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ what, r }) => `${what} ${Math.round(r.width)}×${Math.round(r.height)}`));
    assert.deepEqual(small, []);
    const touch = await page.$$eval('input[type=range]', (els) => els.map((e) => getComputedStyle(e).touchAction));
    assert.ok(touch.length >= 40 && touch.every((t) => t === 'pan-y'), JSON.stringify(touch.slice(0, 3)));
    // A thumb is a shadow part that computed styles do not reach: read its rule, and the size it uses.
    const thumb = await page.evaluate(() => {
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
      const rule = rules.find((r) => r.selectorText?.endsWith('input[type="range"]::-webkit-slider-thumb'));
      const size = (v) => { const probe = document.createElement('div'); probe.style.width = v; document.body.append(probe); const w = probe.getBoundingClientRect().width; probe.remove(); return w; };
      return [size(rule.style.width), size(rule.style.height)];
    });
    assert.deepEqual(thumb, [44, 44], 'slider thumbs 44 × 44 px');
    const boxes = await page.$$eval('input[type=text].num', (els) => els.map((e) => e.inputMode));
    assert.ok(boxes.length >= 40 && boxes.every((m) => m === 'decimal'), `${boxes.length} value boxes`);
    clean(problems);
    await context.close();
  });

  it('a sideways drag moves a slider and leaves the page where it was; an upward swipe scrolls and leaves the slider', async () => {
    const { page, problems, context } = await open(browser, server.url, PHONE);
    const touch = await context.newCDPSession(page);
    const drag = async ([x0, y0], [x1, y1]) => {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
      for (let i = 1; i <= 10; i++) {
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + (x1 - x0) * i / 10, y: y0 + (y1 - y0) * i / 10 }] });
        await page.waitForTimeout(16);
      }
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(300);
    };
    const now = () => page.evaluate(() => ({ scroll: scrollY, value: document.querySelector('[data-testid=text-hp]').value,
      top: document.querySelector('[data-testid=range-hp]').getBoundingClientRect().top }));
    await page.getByTestId('range-hp').scrollIntoViewIfNeeded();
    const box = await page.getByTestId('range-hp').boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const start = await now();
    await drag([x, y], [x + 80, y + 6]);
    const sideways = await now();
    assert.notEqual(sideways.value, start.value, 'the slider moved');
    assert.equal(sideways.scroll, start.scroll, 'the page did not scroll');
    assert.ok(Math.abs(sideways.top - start.top) <= 1, 'nor jump');
    // Started on the track, away from the thumb: the touch moves the thumb there until the
    // browser takes the swipe for a scroll, and the value is put back.
    await drag([x, y], [x, y - 200]);
    const upward = await now();
    assert.ok(upward.scroll > start.scroll + 100, `the page scrolled: ${start.scroll} → ${upward.scroll}`);
    assert.equal(upward.value, sideways.value, 'the slider stayed');
    clean(problems);
    await context.close();
  });

  it('has no horizontal scroll at 320 px, sections closed or open', async () => {
    const { page, problems, context } = await open(browser, server.url, { ...PHONE, viewport: { width: 320, height: 700 } });
    for (const open of [false, true]) {
      await page.$$eval('details.group', (ds, o) => ds.forEach((d) => { d.open = o; }), open);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `scrollWidth ${width}, sections ${open ? 'open' : 'closed'}`);
    }
    clean(problems);
    await context.close();
  });

  for (const scheme of ['light', 'dark']) {
    it(`axe-core finds no serious or critical violation on a phone in ${scheme} mode, sections closed and open`, async () => {
      const { page, problems, context } = await open(browser, server.url, { ...PHONE, colorScheme: scheme, bypassCSP: true });
      await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
      assert.deepEqual(await axe(page), [], 'closed');
      await page.$$eval('details.group', (ds) => ds.forEach((d) => { d.open = true; }));
      // Among the controls, with the summary on screen.
      await page.getByTestId('range-rown').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=summary]')).visibility === 'visible');
      assert.deepEqual(await axe(page), [], 'open');
      clean(problems);
      await context.close();
    });
  }
});

describe('on a wide screen', () => {
  it('keeps the controls in a column beside the charts, every section open, no summary', async () => {
    const { page, problems, context } = await open(browser, server.url, WIDE);
    const controls = (await boxes(page, '#controls'))[0];
    const charts = await boxes(page, 'figure.chart');
    assert.ok(controls.right <= charts[0].left, 'beside, to the left');
    assert.ok(Math.abs(controls.top - charts[0].top) <= 24, `level: ${controls.top} and ${charts[0].top}`);
    assert.ok(charts[0].top < 700, `the first chart starts ${charts[0].top} px down`);
    // The charts follow one another down the right-hand column, with no gap left by the controls;
    // the answer's figures sit between the first chart and the rest.
    const column = [charts[0], (await boxes(page, '.after-lead'))[0], ...charts.slice(1)];
    for (let i = 1; i < column.length; i++) {
      assert.ok(column[i].top - column[i - 1].bottom <= 20 && column[i].left === charts[0].left, `box ${i} of the column`);
    }
    assert.ok(await page.$$eval('details.group', (ds) => ds.every((d) => d.open)));
    assert.equal(await page.getByTestId('summary').isVisible(), false);
    clean(problems);
    await context.close();
  });

  it('prints the headline, the cash and per-kWh charts side by side and the fact sheet, without controls', async () => {
    const { page, problems, context } = await open(browser, server.url, WIDE);
    await page.emulateMedia({ media: 'print' });
    const [cash, kwh] = [(await boxes(page, '[data-chart=cash]'))[0], (await boxes(page, '[data-chart=kwh]'))[0]];
    assert.ok(Math.abs(cash.top - kwh.top) <= 1 && cash.right <= kwh.left, 'side by side');
    // Each about half the page: the answer's figures, printed too, take no column of their own.
    const drawn = await boxes(page, '[data-chart=cash] canvas, [data-chart=kwh] canvas');
    assert.ok(drawn.length === 2 && drawn.every((c) => c.width > 0.4 * 1280), `charts ${drawn.map((c) => Math.round(c.width))} px wide`);
    assert.equal(await page.locator('figure.chart:visible').count(), 2);
    for (const hidden of ['#controls', '[data-testid=setup]', '[data-testid=copy-sentence]', '[data-testid=summary]']) {
      assert.equal(await page.locator(hidden).isVisible(), false, hidden);
    }
    assert.equal(await page.locator('.fact-sheet').isVisible(), true);
    clean(problems);
    await context.close();
  });
});

describe('an embed on a phone', () => {
  it('follows the page order, and its height follows sections opening and closing', async () => {
    const host = await serve(undefined, {
      prefix: '/nothing/',
      pages: {
        '/story.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Story</title></head>
<body style="margin:0"><p>Before.</p><div id="w" data-wattsworth="controls=all&charts=cash,kwh"></div><p>After.</p>
<script>window.__heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'wattsworth:height') window.__heights.push(e.data.height); });</script>
<script async src="${server.url}embed.js"></script></body></html>`,
      },
    });
    const context = await browser.newContext(PHONE);
    // Closed whatever happens: a host server left listening keeps the test process alive.
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/story.html`);
      const frame = await (await page.waitForSelector('#w iframe')).contentFrame();
      await frame.waitForSelector('[data-testid=verdict]:not(:empty)', { timeout: 15000 });
      await frame.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.width > 10));
      const top = (selector) => frame.$eval(selector, (e) => e.getBoundingClientRect().top);
      const order = [await top('[data-testid=verdict]'), await top('canvas'), await top('[data-testid=key-inputs]'),
        await top('details.group'), await top('[data-chart=kwh]')];
      assert.deepEqual(order, [...order].sort((a, b) => a - b), `order ${order}`);
      assert.equal(await frame.locator('[data-testid=summary]').count(), 0, 'a frame as tall as its content needs no summary');
      assert.equal(await frame.$$eval('details.group', (ds) => ds.some((d) => d.open)), false);
      const latest = () => page.evaluate(() => window.__heights.at(-1));
      await page.waitForFunction(() => window.__heights.length > 0);
      await page.waitForTimeout(300);
      const closed = await latest();
      await frame.locator('[data-testid=group-mining] > summary').click();
      await page.waitForFunction((h) => window.__heights.at(-1) > h + 300, closed);
      const opened = await latest();
      await page.waitForFunction((h) => Math.abs(document.querySelector('#w iframe').getBoundingClientRect().height - h) <= 1, Math.ceil(opened));
      await frame.locator('[data-testid=group-mining] > summary').click();
      await page.waitForFunction((h) => window.__heights.at(-1) === h, closed);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
