// The calculator page in a real browser: sliders, text boxes, URL state, accessibility, small
// screens, and that nothing leaves the page's origin (the answer's own sentences: answer.test.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chartPrints, launch, open, ready, serve, text } from './harness.mjs';

const require = createRequire(import.meta.url);
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

function clean(problems) {
  assert.deepEqual(problems.errors, [], 'console errors');
  assert.deepEqual(problems.foreign, [], 'requests to other origins');
}

// Moved one after another and left at their ends: power comes after the mining inputs (its rate
// among them), since at $0.30/kWh mining is dead and they could no longer move the answer. The
// rates in force by default: the rent's on the tenant's credit, and mining's (the one rate for
// everything applies only with its switch on: answer.test.mjs).
const MAIN_SLIDERS = ['mw', 'yrs', 'hp', 'btcg', 'mj', 'jth', 'rmine', 'pwr', 'cap', 'conv', 'rent', 'rown'];

describe('calculator page', () => {
  it('each chart has a data table that follows the sliders', async () => {
    const { page, problems, context } = await open(browser, server.url);
    const charts = await page.locator('figure.chart').count();
    assert.equal(charts, 9);
    for (let i = 0; i < charts; i++) {
      await page.locator(`[data-testid=table-${i}] summary`).click();
      // The table is built when opened: wait for it rather than race it.
      await page.locator(`[data-testid=table-${i}] tbody tr`).nth(2).waitFor();
      const rows = await page.locator(`[data-testid=table-${i}] tbody tr`).count();
      assert.ok(rows >= 3, `table ${i}: ${rows} rows`);
    }
    // The per-kWh table: a lease's revenue per kWh is proportional to its rent; mining's and a
    // GPU cloud's do not depend on it.
    const table = '[data-chart=kwh] details.table tbody';
    const cells = () => page.$$eval(`${table} tr`, (trs) => Object.fromEntries(trs.map((tr) => {
      const [name, grid, it] = [...tr.cells].map((c) => c.textContent);
      return [name, [Number(grid), Number(it)]];
    })));
    const before = await cells();
    const rent = Number(await page.getByTestId('text-rent').inputValue());
    const tbody = await page.textContent(table);
    await page.getByTestId('text-rent').fill('200');
    await page.getByTestId('text-rent').press('Enter');
    await page.waitForFunction(([t, b]) => document.querySelector(t).textContent !== b, [table, tbody]);
    const after = await cells();
    for (const k of [0, 1]) {
      const expected = before['AI lease'][k] * 200 / rent;
      assert.ok(Math.abs(after['AI lease'][k] - expected) <= 0.0002, `AI lease ${after['AI lease'][k]}, expected ${expected.toFixed(4)} (${rent} → 200)`);
    }
    assert.deepEqual([after.Mining, after['GPU cloud']], [before.Mining, before['GPU cloud']]);
    clean(problems);
    await context.close();
  });

  it('every main slider, moved by keyboard, changes the headline and the charts', async () => {
    // Every chart on screen: off-screen charts wait until they are scrolled to (tested below).
    const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1400, height: 3200 } });
    for (const key of MAIN_SLIDERS) {
      const before = [await text(page, 'headline'), await chartPrints(page)];
      const slider = page.getByTestId(`range-${key}`);
      await slider.focus();
      // End moves to the maximum; Home to the minimum if already there.
      const atMax = await slider.evaluate((el) => Number(el.value) >= Number(el.max));
      await page.keyboard.press(atMax ? 'Home' : 'End');
      await page.waitForFunction((h) => document.querySelector('[data-testid=headline]').textContent !== h, before[0])
        .catch(() => { throw new Error(`${key}: the headline did not change`); });
      // Some inputs move only charts drawn from the background analyses (a rate moves no cash):
      // compared once those have run.
      await ready(page);
      const prints = await chartPrints(page);
      assert.notDeepEqual(prints, before[1], `${key}: charts redrawn`);
    }
    clean(problems);
    await context.close();
  });

  it('every main slider, clicked with the mouse, changes the figures, and reset restores the default', async () => {
    const { page, problems, context } = await open(browser, server.url);
    for (const key of MAIN_SLIDERS) {
      const before = await text(page, 'headline');
      await page.getByTestId(`range-${key}`).scrollIntoViewIfNeeded();
      // Sections laid out only near the screen take their real height once scrolled to: the box is
      // read once that has settled.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const box = await page.getByTestId(`range-${key}`).boundingBox();
      await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
      await page.waitForFunction((h) => document.querySelector('[data-testid=headline]').textContent !== h, before, { timeout: 10000 })
        .catch(() => { throw new Error(`${key}: a click at 80% of the track left the headline as it was`); });
      const value = await page.getByTestId(`text-${key}`).inputValue();
      await page.locator(`[data-key=${key}] .reset`).click();
      await page.waitForFunction((h) => document.querySelector('[data-testid=headline]').textContent === h, before, { timeout: 10000 })
        .catch(async () => { throw new Error(`${key}: reset gave ${await text(page, 'headline')}\nnot ${before}`); });
      assert.notEqual(await page.getByTestId(`text-${key}`).inputValue(), value, `${key} reset`);
    }
    const valuetext = await page.getByTestId('range-pwr').getAttribute('aria-valuetext');
    assert.equal(valuetext, '0.045 dollars per kilowatt-hour');
    clean(problems);
    await context.close();
  });

  it('text boxes accept pasted numbers and explain what they could not use', async () => {
    const { page, problems, context } = await open(browser, server.url);
    const type = async (key, value) => {
      const box = page.getByTestId(`text-${key}`);
      await box.fill(value);
      await box.press('Enter');
    };
    await type('mw', '1,200');
    await page.waitForFunction(() => /1,200 MW site/.test(document.querySelector('[data-testid=verdict]').textContent));
    assert.equal(await page.getByTestId('text-mw').inputValue(), '1,200');
    await type('pwr', '$0.05');
    assert.equal(await page.getByTestId('text-pwr').inputValue(), '0.05');
    await type('rown', '5%');
    assert.equal(await page.getByTestId('text-rown').inputValue(), '5');
    await type('hp', 'abc');
    assert.match(await text(page, 'error-hp'), /Couldn’t read “abc” as a number; still using 28\.68/);
    assert.equal(await page.getByTestId('text-hp').inputValue(), '28.68', 'the box shows the value in use');
    await type('hp', 'x'.repeat(5000));
    const echoed = await text(page, 'error-hp');
    assert.ok(echoed.length <= 120 && /“x{40}…”/.test(echoed), `a 5,000-character entry is echoed short: ${echoed.length} characters`);
    await type('mw', '99999');
    assert.match(await text(page, 'error-mw'), /Allowed 1–2,000 MW; using 2,000/);
    assert.equal(await page.getByTestId('text-mw').inputValue(), '2,000');
    assert.equal(await page.getByTestId('range-mw').inputValue(), '1000', 'the thumb at the end of its track');
    clean(problems);
    await context.close();
  });

  it('the URL reproduces the scenario, and the last scenario is remembered', async () => {
    const { page, problems, context } = await open(browser, server.url);
    await page.getByTestId('text-hp').fill('45');
    await page.getByTestId('text-hp').press('Enter');
    await page.getByTestId('mode-gpu').check();
    await page.getByTestId('text-gph').fill('3.1');
    await page.getByTestId('text-gph').press('Enter');
    await page.waitForFunction(() => location.search.includes('gph=3.1'));
    const url = page.url();
    assert.match(url, /mode=gpu/);
    assert.match(url, /hp=45/);
    // The whole answer, before the first chart and after it, with its "how sure" sentence: that
    // follows once the analyses for the scenario shown are done.
    const answer = async (p) => `${await text(p, 'headline')}\n${await text(p, 'answer-more')}`;
    await ready(page);
    const figures = [await answer(page)];
    assert.match(figures[0], /How sure: /);
    const history = await page.evaluate(() => history.length);
    // A fresh reader with the link gets the same numbers.
    const other = await open(browser, url);
    assert.equal(await answer(other.page), figures[0]);
    clean(other.problems);
    await other.context.close();
    // Slider ticks replace the history entry rather than adding one per tick.
    await page.getByTestId('range-hp').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => history.length), history);
    // The same reader coming back without the query gets their last scenario.
    await ready(page);
    const last = await answer(page);
    await page.goto(server.url);
    await ready(page);
    assert.equal(await answer(page), last);
    clean(problems);
    await context.close();
  });

  it('a hand-edited URL with bad values loads the nearest valid scenario and says what changed', async () => {
    const { page, problems, context } = await open(browser, `${server.url}?mw=99999&hp=abc&mode=zzz&pwr=%240.06`);
    const notice = await text(page, 'url-notice');
    assert.match(notice, /Grid power: 99999 is outside 1–2000 MW; used 2000/);
    assert.match(notice, /Hashprice: “abc” is not a number/);
    assert.match(notice, /“zzz” is not lease or gpu/);
    assert.match(await text(page, 'verdict'), /2,000 MW site/);
    // A currency sign is not part of a number in a link: refused by name, the default kept.
    assert.match(notice, /Power price: “\$0\.06” is not a number as links write them .*; kept 0\.045/);
    assert.equal(await page.getByTestId('text-pwr').inputValue(), '0.045');
    clean(problems);
    await context.close();
  });

  it('still works where storage throws (sandboxed frames)', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await ready(page);
    await page.getByTestId('text-mw').fill('300');
    await page.getByTestId('text-mw').press('Enter');
    await page.waitForFunction(() => /300 MW site/.test(document.querySelector('[data-testid=verdict]').textContent));
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const scheme of ['light', 'dark']) {
    it(`axe-core finds no serious or critical violation in ${scheme} mode`, async () => {
      const { page, problems, context } = await open(browser, server.url, { colorScheme: scheme, bypassCSP: true });
      await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`), []);
      clean(problems);
      await context.close();
    });
  }

  it('redraws an off-screen chart only when it scrolls into view', async () => {
    const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1280, height: 800 } });
    const fan = page.locator('[data-chart=fan] canvas');
    const print = () => fan.evaluate((c) => c.toDataURL().length + ':' + c.toDataURL().slice(-400));
    const before = await print();
    const headline = await text(page, 'headline');
    await page.getByTestId('range-btcg').focus();
    await page.keyboard.press('End');
    await page.waitForFunction((h) => document.querySelector('[data-testid=headline]').textContent !== h, headline);
    await page.waitForTimeout(600); // settled: the off-screen fan's takeaway catches up, its canvas does not
    assert.equal(await print(), before, 'the off-screen fan was not redrawn');
    await fan.scrollIntoViewIfNeeded();
    await page.waitForFunction(async (b) => {
      const c = document.querySelector('[data-chart=fan] canvas');
      const d = c.toDataURL();
      return d.length + ':' + d.slice(-400) !== b;
    }, before);
    clean(problems);
    await context.close();
  });

  it('shows a picture of the default charts before the WebAssembly loads, and drops it once running', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(server.url);
    const picture = page.locator('#ww-first-picture svg');
    await picture.waitFor();
    assert.ok((await picture.boundingBox()).width > 300, 'the chart picture is drawn');
    assert.match(await page.textContent('#ww-first-picture'), /Loading the calculator/);
    await context.close();
    const { page: running, problems, context: second } = await open(browser, server.url);
    assert.equal(await running.locator('#ww-first-picture').count(), 0);
    clean(problems);
    await second.close();
  });

  it('keeps a tiny typed value through a reload (shortest exact form in the URL)', async () => {
    const { page, problems, context } = await open(browser, server.url);
    await page.getByTestId('text-pool').fill('1e-40');
    await page.getByTestId('text-pool').press('Enter');
    await page.waitForFunction(() => location.search.includes('pool=1e-40'));
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('[data-testid=url-notice]').isVisible(), false, 'no notice: the link reads back exactly');
    assert.match(page.url(), /pool=1e-40/);
    clean(problems);
    await context.close();
  });

  it('keeps the slider in use still when a caution comes or goes above it', async () => {
    // With no network growth and hashprice falling, 100 → 1000 MW makes the fleet a share of the
    // network the model cannot hold at the network's size: a caution swaps above the controls.
    for (const [query, key, from, to] of [['?net=0&hrg=-20', 'ArrowRight', 'fleet-share-of-network', 'network-held'],
      ['?net=0&hrg=-20&mw=1000', 'ArrowLeft', 'network-held', 'fleet-share-of-network']]) {
      const { page, problems, context } = await open(browser, `${server.url}${query}`, { viewport: { width: 1280, height: 900 } });
      const codes = () => page.$$eval('[data-testid=warnings] li', (lis) => lis.map((li) => li.dataset.code));
      assert.ok((await codes()).includes(from), `${query}: ${await codes()}`);
      const slider = page.locator('#in-mw');
      const y = (await slider.boundingBox()).y;
      await slider.focus();
      for (let i = 0; i < 40; i++) await page.keyboard.press(key);
      await page.waitForFunction((c) => [...document.querySelectorAll('[data-testid=warnings] li')].some((li) => li.dataset.code === c), to);
      await page.waitForTimeout(300);
      const moved = (await slider.boundingBox()).y - y;
      assert.ok(Math.abs(moved) <= 1, `${query}: the slider moved ${moved.toFixed(2)} px on screen`);
      clean(problems);
      await context.close();
    }
  });

  it('shifts the page once in a drag that brings a caution and takes it away again and again', async () => {
    // A hashprice near $1/PH/day shrinks the network below twice the fleet: a caution comes above
    // the controls; back near $30 it goes.
    const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1280, height: 900 } });
    const plain = await page.$eval('[data-testid=headline]', (h) => h.getBoundingClientRect().height);
    const heights = await page.evaluate(() => new Promise((resolve) => {
      const el = document.querySelector('[data-testid=range-hp]');
      const answer = document.querySelector('[data-testid=headline]');
      const at = [20, 500, 20, 500, 20, 500];
      const seen = [];
      const next = () => {
        if (seen.length === at.length) { resolve(seen); return; }
        el.value = String(at[seen.length]);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        // Two frames: the value applied, the page laid out.
        requestAnimationFrame(() => requestAnimationFrame(() => {
          seen.push([answer.getBoundingClientRect().height, document.querySelectorAll('[data-testid=warnings] li').length]);
          next();
        }));
      };
      next();
    }));
    assert.deepEqual(heights.map(([, n]) => n), [1, 0, 1, 0, 1, 0], JSON.stringify(heights));
    const tall = heights[0][0];
    assert.ok(tall > plain + 10, `the caution makes the answer taller: ${plain} → ${tall}`);
    heights.forEach(([h], i) => assert.ok(Math.abs(h - tall) <= 0.5, `tick ${i}: ${h} px, not ${tall}`));
    // The drag over, the answer takes its own height.
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-working'));
    await page.waitForFunction((p) => Math.abs(document.querySelector('[data-testid=headline]').getBoundingClientRect().height - p) <= 0.5, plain);
    clean(problems);
    await context.close();
  });

  it('has no horizontal scroll at 320 px wide', async () => {
    const { page, problems, context } = await open(browser, server.url, { viewport: { width: 320, height: 800 } });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `scrollWidth ${width}`);
    const canvas = await page.$eval('canvas', (c) => c.getBoundingClientRect().width);
    assert.ok(canvas > 200 && canvas <= 320, `canvas ${canvas}`);
    clean(problems);
    await context.close();
  });

  it('draws sharp charts on a 2× screen', async () => {
    const { page, context } = await open(browser, server.url, { deviceScaleFactor: 2 });
    const [css, backing] = await page.$eval('canvas', (c) => [c.clientWidth, c.width]);
    assert.equal(backing, css * 2);
    await context.close();
  });
});
