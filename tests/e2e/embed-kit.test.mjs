// The embed kit newsrooms expect (#27): `static=1` (the sentence and the picture, no controls),
// `plain=1` (no title or footer) and `transparent=1` (the host's background) in a host page on
// another origin; the picture code for pages where no script may run; "Cite this"; and the model
// version a link records (`mv=`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, serve, visit } from './harness.mjs';

let widget, host, browser;
const HOST_BG = 'rgb(250, 240, 200)';

const article = (query) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
<style>body { background: ${HOST_BG}; margin: 0; padding: 8px; }</style></head>
<body><article><h1>Miners and AI</h1><div id="w" data-wattsworth="${query}" data-title="Mining vs AI"></div></article>
<script async src="${widget.url}embed.js"></script></body></html>`;

before(async () => {
  widget = await serve(undefined, { prefix: '/w/' });
  host = await serve(undefined, {
    prefix: '/nothing-here/',
    pages: {
      '/kit.html': article('mw=300&static=1&plain=1&transparent=1'),
      '/default.html': article('mw=300'),
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await widget?.close(); await host?.close(); });

async function hosted(path) {
  const { context, page, problems } = await visit(browser, `${host.origin}${path}`, { viewport: { width: 700, height: 900 } });
  const errors = problems.errors;
  const frame = await (await page.waitForSelector('#w iframe')).contentFrame();
  await frame.waitForSelector('[data-testid=verdict]:not(:empty)', { timeout: 15000 });
  await frame.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.width > 10) && document.querySelectorAll('canvas').length > 0);
  return { context, page, frame, errors };
}

/** The alpha of the canvas's top-left pixel: 0 where nothing was painted. */
const cornerAlpha = (frame) => frame.evaluate(() => document.querySelector('canvas').getContext('2d').getImageData(1, 1, 1, 1).data[3]);

describe('the embed kit', () => {
  it('static, plain and transparent: the sentence and the picture on the host\'s own background', async () => {
    const { context, page, frame, errors } = await hosted('/kit.html');
    assert.match(await frame.textContent('[data-testid=verdict]'), /300 MW site/);
    assert.equal(await frame.locator('canvas').count(), 1, 'the verdict\'s chart only');
    assert.equal(await frame.getAttribute('figure.chart', 'data-chart'), 'value');
    assert.equal(await frame.locator('input').count(), 0, 'no controls');
    assert.equal(await frame.locator('.downloads:visible').count(), 0, 'no downloads');
    assert.equal(await frame.locator('header.top').count(), 0, 'no title');
    assert.equal(await frame.locator('[data-testid=embed-footer]').count(), 0, 'no footer');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgba(0, 0, 0, 0)');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
    assert.equal(await cornerAlpha(frame), 0, 'the chart leaves its background clear');
    // The host's colour shows through the frame where the chart is.
    const box = await (await frame.$('canvas')).boundingBox();
    const shot = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: 1, height: 1 } });
    assert.ok(shot.length > 0);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: 'target/embed-kit.png' });
    await context.close();
  });

  it('paints its own background without transparent=1', async () => {
    const { context, frame } = await hosted('/default.html');
    assert.notEqual(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
    assert.equal(await cornerAlpha(frame), 255);
    assert.equal(await frame.locator('header.top').count(), 1);
    assert.equal(await frame.locator('[data-testid=embed-footer]').count(), 1);
    assert.ok(await frame.locator('input[type=range]').count() > 0);
    await context.close();
  });

  it('"Embed this" writes the flags, and gives a picture code that needs no script', async () => {
    const { page, context } = await open(browser, `${widget.url}?mw=250`, { viewport: { width: 1280, height: 900 } });
    await page.getByTestId('embed-this').click();
    await page.getByTestId('embed-static').check();
    await page.getByTestId('embed-plain').check();
    await page.getByTestId('embed-transparent').check();
    assert.equal(await page.getByTestId('embed-controls-key').isDisabled(), true, 'static is read-only');
    assert.match(await page.getByTestId('embed-code').inputValue(), /data-wattsworth="mw=250&amp;static=1&amp;plain=1&amp;transparent=1&amp;mv=6"/);
    await page.waitForFunction(() => document.querySelector('[data-testid=embed-picture]').value.length > 1000);
    const picture = await page.getByTestId('embed-picture').inputValue();
    const verdict = await page.textContent('[data-testid=verdict]');
    assert.ok(picture.startsWith('<figure'), picture.slice(0, 80));
    assert.ok(picture.includes(verdict.replaceAll('&', '&amp;')), 'the verdict as text');
    assert.match(picture, /src="data:image\/svg\+xml,%3Csvg/);
    assert.match(picture, new RegExp(`href="${widget.url.replaceAll('.', '\\.').replaceAll('/', '\\/')}\\?mw=250&amp;mv=6"`));
    assert.match(picture, /Wattsworth \d+\.\d+\.\d+, model version 6, market data as of /);
    await context.close();

    // On a page that runs no script and may fetch nothing, the picture shows.
    const bare = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 700, height: 900 } });
    const p = await bare.newPage();
    const requests = [];
    p.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
    await p.route('**/*', (r) => r.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"><body>${picture}</body>` }));
    await p.goto('http://article.example/story');
    const img = await p.locator('figure img').boundingBox();
    assert.ok(img.width > 600 && img.height > 300, `the picture is drawn: ${JSON.stringify(img)}`);
    assert.deepEqual(requests, ['http://article.example/story']);
    await p.screenshot({ path: 'target/embed-picture.png' });
    await bare.close();
  });

  it('says when a link was made under another model, and what changed', async () => {
    const { page, context } = await open(browser, `${widget.url}?mw=250&mv=3`);
    const notice = await page.textContent('[data-testid=url-notice]');
    assert.match(notice, /this link was made under model version 3; this page runs version 6, which counts what each path is worth after the contract/);
    assert.match(await page.textContent('[data-testid=verdict]'), /250 MW site/, 'the scenario is the link\'s');
    await context.close();
    const same = await open(browser, `${widget.url}?mw=250&mv=6`);
    assert.equal(await same.page.locator('[data-testid=url-notice]:visible').count(), 0);
    await same.context.close();
  });

  it('"Cite this" gives the dated citation with the link to these figures, and drops it when they change', async () => {
    const { page, context, problems } = await open(browser, `${widget.url}?mw=250&yrs=10`, { viewport: { width: 1280, height: 900 } });
    await page.getByTestId('cite').click();
    const cite = await page.textContent('[data-testid=citation]');
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
    assert.match(cite, /^Wattsworth \d+\.\d+\.\d+, model version 6, market data as of \d{1,2} [A-Z][a-z]{2} \d{4}, built \d{4}-\d{2}-\d{2}\. What is a megawatt worth: mining bitcoin, or hosting AI\? /);
    assert.ok(cite.endsWith(`${widget.url}?mw=250&yrs=10&mv=6 (accessed ${today}).`), cite);
    assert.match(await page.textContent('[data-testid=share-status]'), /Citation copied|Copying was refused/);
    await page.fill('[data-testid=text-mw]', '300');
    await page.press('[data-testid=text-mw]', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=citation]').textContent === '');
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
});
