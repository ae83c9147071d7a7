// Before the app: the first screen (crates/first, loaded by scripts/steps/first-screen.mjs) works
// while the app's WebAssembly is still on its way. Its key sliders rewrite the verdict and its
// chart; the app, once it arrives, takes over from what the reader set, with the same sentence;
// and a reader the first screen cannot serve exactly (an embed, a browser in another language,
// a link with something to say about it) gets the app as before.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, ready, serve } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, locale: 'en-US' };
const APP_WASM = /\/wattsworth-[0-9a-f]+_bg\.wasm$/;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page whose app's wasm is held back until `release()` is called. */
async function held(url, options = PHONE) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(APP_WASM, async (route) => { await gate; await route.continue(); });
  await page.goto(url);
  return { context, page, problems, release };
}

const verdictOf = (page) => page.textContent('#ww-first-picture .first-verdict');

describe('the first screen, before the app', () => {
  it('answers and redraws while the app is still loading, and the app takes over from what the reader set', async () => {
    const { context, page, problems, release } = await held(server.url);
    await page.waitForSelector('[data-testid=first-range-hp]');
    assert.equal(await page.getAttribute('html', 'data-first-screen'), 'shown');
    assert.equal(await page.locator('[data-testid=verdict]').count(), 0, 'the app has not started');
    const before = await verdictOf(page);
    assert.match(before, /^Leasing this 100 MW site to an AI tenant instead of mining adds \$[\d.]+M in today's money/);
    assert.match(await page.textContent('#ww-first-picture .first-basis'), /After tax/);
    const svg = () => page.$eval('#ww-first-picture svg', (s) => s.outerHTML);
    const chart = await svg();
    assert.ok((await page.locator('#ww-first-picture svg').boundingBox()).width > 300, 'the chart is drawn');
    // Each key input that applies, labelled, on the page's 1,000-step track.
    const keys = await page.$$eval('#ww-first-picture [data-key]', (ds) => ds.map((d) => d.dataset.key));
    assert.deepEqual(keys, ['mw', 'hp', 'rent', 'yrs', 'cap']);
    for (const k of keys) assert.ok(await page.locator(`#first-${k}`).getAttribute('aria-valuetext'), `${k} says its value`);
    assert.equal(await page.getByLabel('Hashprice ($/PH/s/day)').count(), 1, 'the slider is labelled');
    // A move rewrites the verdict, the chart and the value shown; the address follows on release.
    await page.focus('#first-hp');
    await page.fill('#first-hp', '200');
    const moved = await verdictOf(page);
    assert.notEqual(moved, before);
    // Beside the slider, what the answer is now, with the verdict's figure.
    const gap = moved.match(/(adds|loses) (\$[\d.]+[MB])/)[2];
    assert.equal(await page.textContent('#ww-first-picture .first-now'), `Converting ahead by ${gap}`);
    assert.notEqual(await svg(), chart, 'the chart is redrawn');
    const hp = await page.textContent('#ww-first-picture [data-key=hp] output');
    assert.ok(Number(hp) < 28.68, `the hashprice shown fell: ${hp}`);
    assert.equal(new URL(page.url()).searchParams.get('hp'), hp);
    // The app arrives: the same scenario, the same sentence, the keyboard on the same input.
    release();
    await ready(page);
    assert.equal(await page.locator('#ww-first-picture').count(), 0, 'the first screen is gone');
    assert.equal(await page.inputValue('[data-testid=text-hp]'), hp);
    assert.equal(await page.textContent('[data-testid=verdict]'), moved);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'in-hp');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('starts from the scenario kept in this browser, as the app does', async () => {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('wattsworth:last-scenario', 'mw=50&yrs=10'); sessionStorage.setItem('seeded', '1'); } });
    const page = await context.newPage();
    let release;
    const gate = new Promise((r) => { release = r; });
    await page.route(APP_WASM, async (route) => { await gate; await route.continue(); });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid=first-range-hp]');
    const first = await verdictOf(page);
    assert.match(first, /50 MW/);
    release();
    await ready(page);
    assert.equal(await page.textContent('[data-testid=verdict]'), first);
    await context.close();
  });

  it('moves by the app\'s steps from the keyboard', async () => {
    // The same presses on the app's own sliders, for comparison.
    const app = await browser.newContext(PHONE);
    const appPage = await app.newPage();
    await appPage.goto(`${server.url}?yrs=5`);
    await ready(appPage);
    const presses = { yrs: ['ArrowRight', 'ArrowLeft', 'ArrowLeft', 'PageUp'], mw: ['ArrowRight', 'ArrowRight', 'ArrowRight', 'PageDown'] };
    const expected = {};
    for (const [k, keys] of Object.entries(presses)) {
      await appPage.focus(`#in-${k}`);
      expected[k] = [];
      for (const key of keys) { await appPage.keyboard.press(key); expected[k].push(await appPage.inputValue(`[data-testid=text-${k}]`)); }
    }
    await app.close();
    const { context, page, release } = await held(`${server.url}?yrs=5`);
    await page.waitForSelector('[data-testid=first-range-yrs]');
    for (const [k, keys] of Object.entries(presses)) {
      await page.focus(`#first-${k}`);
      const got = [];
      for (const key of keys) { await page.keyboard.press(key); got.push(await page.textContent(`#ww-first-picture [data-key=${k}] output`)); }
      assert.deepEqual(got, expected[k], `${k}: each press moves as the app's does`);
      assert.equal(new Set(got).size, got.length, `${k}: each press moves`);
    }
    await page.keyboard.press('End');
    assert.equal(await page.textContent('#ww-first-picture [data-key=mw] output'), '2,000');
    assert.equal(new URL(page.url()).searchParams.get('mw'), '2000');
    release();
    await ready(page);
    assert.equal(await page.inputValue('[data-testid=text-mw]'), '2,000');
    await context.close();
  });

  it('shows a shared link, which carries the model version that made it', async () => {
    const { context, page, release } = await held(`${server.url}?mw=250&mv=6`);
    await page.waitForSelector('[data-testid=first-range-hp]');
    assert.equal(await page.getAttribute('html', 'data-first-screen'), 'shown');
    const first = await verdictOf(page);
    assert.match(first, /250 MW site/);
    release();
    await ready(page);
    assert.equal(await page.textContent('[data-testid=verdict]'), first);
    assert.equal(await page.locator('[data-testid=url-notice]:visible').count(), 0);
    await context.close();
  });

  it('is not fetched by a reader it declines', async () => {
    for (const [url, options] of [['?embed=1', PHONE], ['', { ...PHONE, locale: 'en-GB' }]]) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const fetched = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(server.url + url);
      await ready(page);
      assert.deepEqual(fetched.filter((p) => p.includes('/first/')), [], `${url || options.locale}: nothing from first/`);
      await context.close();
    }
  });

  for (const [why, url, options] of [
    ['an embed', '?embed=1', PHONE],
    ['a link with a value it cannot take as written', '?hp=abc', PHONE],
    ['a link whose query starts with two question marks', '??mw=5', PHONE],
    ['a link made under another model version', '?mw=250&mv=3', PHONE],
    ['a link with a display flag', '?currency=EUR', PHONE],
    ['a browser in another language', '', { ...PHONE, locale: 'de-DE' }],
  ]) {
    it(`leaves ${why} to the app`, async () => {
      const { context, page, problems, release } = await held(server.url + url, options);
      // The app's wasm is held: the loader has decided before the app can start.
      await page.waitForSelector('html[data-first-screen]:not([data-first-screen=trying])', { state: 'attached' });
      assert.equal(await page.getAttribute('html', 'data-first-screen'), 'declined');
      assert.equal(await page.locator('[data-testid=first-screen]').count(), 0, 'no first screen');
      release();
      await ready(page);
      assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
      await context.close();
    });
  }
});
