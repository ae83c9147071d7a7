// The widget where news sites put it: loaded by embed.js into a host page on another origin,
// from a sub-path, inside sandboxed frames, under the page's strict CSP; sized to its content.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { downloadData, launch, overlaps, serve } from './harness.mjs';

let widget, host, browser;
const PREFIX = '/news/wattsworth/';

function hostPage(sandbox, query = 'mw=300&charts=cash,kwh') {
  const attr = sandbox === null ? '' : ` data-sandbox="${sandbox}"`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head>
<body><article><h1>A story about miners</h1><p>Some text before the widget.</p>
<div id="w" data-wattsworth="${query}" data-title="Mining vs AI for a 300 MW site"${attr}></div>
<p>Text after.</p></article>
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(e.data));</script>
<script async src="${widget.url}embed.js"></script></body></html>`;
}

let bare;

before(async () => {
  widget = await serve(undefined, { prefix: PREFIX });
  // The same files from a host that sends no Access-Control-Allow-Origin.
  bare = await serve(undefined, { prefix: PREFIX, cors: false });
  host = await serve(undefined, {
    prefix: '/nothing-here/',
    pages: {
      '/strict.html': hostPage('allow-scripts'),
      '/same-origin.html': hostPage('allow-scripts allow-same-origin'),
      '/plain.html': hostPage(null, 'mw=300&charts=cash&controls=none&theme=dark'),
      // The widget's files from a host that sends no Access-Control-Allow-Origin.
      '/no-cors.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>No CORS</title></head>
<body><div id="w" data-wattsworth="mw=300" data-sandbox="allow-scripts"></div><script async src="${bare.url}embed.js"></script></body></html>`,
      '/pym.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pym host</title></head><body>
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(e.data));</script>
<iframe id="f" title="widget" style="width:100%;height:300px;border:0"></iframe></body></html>`,
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await widget?.close(); await host?.close(); await bare?.close(); });

async function openHost(path) {
  const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  const others = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  page.on('request', (r) => {
    const o = new URL(r.url()).origin;
    if (o !== widget.origin && o !== host.origin && !/^(data|blob):/.test(r.url())) others.push(r.url());
  });
  await page.goto(`${host.origin}${path}`);
  const frameElement = await page.waitForSelector('#w iframe');
  const frame = await frameElement.contentFrame();
  await frame.waitForSelector('[data-testid=verdict]:not(:empty)', { timeout: 15000 });
  return { context, page, frame, frameElement, errors, others };
}

async function fitted(page, frame, frameElement) {
  await page.waitForFunction(async () => true);
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => Math.abs(document.querySelector('#w iframe').getBoundingClientRect().height - h) <= 2, content);
  const box = await frameElement.boundingBox();
  return [box.height, content];
}

describe('embed', () => {
  for (const [path, mode] of [['/strict.html', 'allow-scripts'], ['/same-origin.html', 'allow-scripts allow-same-origin']]) {
    it(`sized to its content in sandbox="${mode}", following layout changes`, async () => {
      const { context, page, frame, frameElement, errors, others } = await openHost(path);
      assert.equal(await frameElement.getAttribute('sandbox'), `${mode} allow-popups allow-popups-to-escape-sandbox`);
      assert.equal(await frameElement.getAttribute('title'), 'Mining vs AI for a 300 MW site');
      assert.equal(await frameElement.getAttribute('loading'), 'lazy');
      assert.match(await frame.textContent('[data-testid=verdict]'), /300 MW site/);
      assert.equal(await frame.locator('canvas').count(), 2, 'charts=cash,kwh');
      assert.equal(await frame.locator('[data-testid^=range-]:visible').count(), 4, 'the key controls');
      const [first] = await fitted(page, frame, frameElement);
      await frame.locator('[data-chart=cash] details.table summary').click();
      // The details' toggle event comes after the click: wait for the rows before measuring.
      await frame.locator('[data-chart=cash] details.table tbody tr').nth(2).waitFor();
      const [second] = await fitted(page, frame, frameElement);
      assert.ok(second > first + 50, `grew from ${first} to ${second}`);
      const full = await frame.getAttribute('[data-testid=open-full]', 'href');
      assert.match(full, /^http:\/\/127\.0\.0\.1:\d+\/news\/wattsworth\/\?mw=300&mv=6$/);
      assert.deepEqual(errors, [], 'no console errors, CSP violations included');
      assert.deepEqual(others, []);
      await context.close();
    });
  }

  it('ignores messages of the wrong type or from another frame, and clamps the height', async () => {
    const { context, page, frame, frameElement } = await openHost('/same-origin.html');
    const [height] = await fitted(page, frame, frameElement);
    await page.evaluate(() => window.postMessage({ type: 'wattsworth:height', height: 20 }, '*'));
    await frame.evaluate(() => parent.postMessage({ type: 'something-else', height: 20 }, '*'));
    await frame.evaluate(() => parent.postMessage('wattsworth:height 20', '*'));
    await frame.evaluate(() => parent.postMessage({ type: 'wattsworth:height', height: 'x' }, '*'));
    await page.waitForTimeout(200);
    assert.equal((await frameElement.boundingBox()).height, height);
    await frame.evaluate(() => parent.postMessage({ type: 'wattsworth:height', height: 1e9 }, '*'));
    await page.waitForFunction(() => document.querySelector('#w iframe').getBoundingClientRect().height === 8000);
    await context.close();
  });

  it('honours controls=none and theme=dark, and speaks Pym.js and AMP', async () => {
    const { context, frame } = await openHost('/plain.html');
    assert.equal(await frame.locator('[data-testid^=range-]').count(), 0);
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(24, 26, 31)');
    await context.close();

    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${host.origin}/pym.html`);
    await page.evaluate((src) => { document.getElementById('f').src = src; }, `${widget.url}?embed=1&childId=story-1`);
    await page.waitForFunction(() => window.__messages.some((m) => typeof m === 'string' && m.startsWith('pymxPYMxstory-1xPYMxheightxPYMx')));
    const amp = await page.evaluate(() => window.__messages.find((m) => m && m.sentinel === 'amp'));
    assert.equal(amp.type, 'embed-size');
    assert.ok(amp.height > 100);
    await ctx.close();
  });

  it('"Embed this" gives the snippet for the current scenario, and the CSV matches the page', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: widget.origin });
    const page = await context.newPage();
    await page.goto(`${widget.url}?mw=250&rent=140`);
    await page.waitForSelector('[data-testid=verdict]:not(:empty)');
    await page.getByTestId('embed-this').click();
    const snippet = await page.getByTestId('embed-code').inputValue();
    assert.match(snippet, /<div data-wattsworth="mw=250&amp;rent=140&amp;mv=6" data-title="[^"]+"><\/div>/);
    assert.ok(snippet.includes(`<script async src="${widget.url}embed.js"></script>`));
    assert.match(snippet, /<noscript><a href="http:\/\/127\.0\.0\.1:\d+\/news\/wattsworth\/\?mw=250&amp;rent=140&amp;mv=6">/);
    await page.getByTestId('copy-link').click();
    await page.waitForFunction(() => /Link copied/.test(document.querySelector('[data-testid=share-status]').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${widget.url}?mw=250&rent=140&mv=6`);

    const data = await downloadData(page);
    assert.equal(data.csvName, 'wattsworth-mw250-rent140.csv');
    // One table: a header, then a row a month, every row as wide.
    const lines = data.csv.trim().split('\n');
    const header = lines[0].split(',');
    assert.deepEqual(header.slice(0, 3), ['month', 'date', 'mining_revenue_usd']);
    assert.ok(lines.every((l) => l.split(',').length === header.length));
    const last = lines[lines.length - 1].split(',');
    const at = (name) => Number(last[header.indexOf(name)]);
    const money = (usd) => { const a = Math.abs(usd); const s = usd < 0 ? '−' : '';
      return a >= 1e9 ? `${s}$${(a / 1e9).toFixed(2)}B` : a >= 1e6 ? `${s}$${(a / 1e6).toFixed(1)}M` : a >= 1e3 ? `${s}$${(a / 1e3).toFixed(0)}k` : `${s}$${a.toFixed(0)}`; };
    assert.equal(money(at('ai_discounted_cumulative_owners_cash_usd')), await page.textContent('[data-testid=npv-ai]'));
    assert.equal(money(at('mining_discounted_cumulative_owners_cash_usd')), await page.textContent('[data-testid=npv-mining]'));
    assert.equal(data.notes.wattsworth.inputs.find((i) => i.key === 'mw').value, 250);
    await context.close();
  });

  it('each chart downloads as a 2× PNG and as SVG, with its caption drawn in', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${widget.url}?mw=250`);
    await page.waitForSelector('[data-testid=verdict]:not(:empty)');
    for (const i of [0, 3, 5]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`png-${i}`).click()]);
      assert.match(download.suggestedFilename(), /^wattsworth-[a-z]+-mw250\.png$/);
      const bytes = await (await import('node:fs/promises')).readFile(await download.path());
      assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
      assert.equal(bytes.readUInt32BE(16), 1920);
      assert.ok(bytes.readUInt32BE(20) > 1200, 'the chart and its notes');
      // Dark (text) pixels in the notes under the chart, the bottom 120 rows.
      const ink = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width; c.height = img.height;
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        const { data } = g.getImageData(0, img.height - 120, img.width, 120);
        let dark = 0;
        for (let p = 0; p < data.length; p += 4) if (data[p] + data[p + 1] + data[p + 2] < 300) dark++;
        return dark;
      }, bytes.toString('base64'));
      assert.ok(ink > 2000, `caption ink: ${ink} dark pixels`);
    }
    // SVG: drawn by the page's own module, with the same caption, and no second wasm fetched.
    const errors = [];
    const wasm = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    for (const i of [2, 4]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`svg-${i}`).click()]);
      assert.match(download.suggestedFilename(), /^wattsworth-[a-z]+-mw250\.svg$/);
      const svg = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
      assert.match(svg, /^<svg[^>]+width="960" height="\d+"/);
      assert.match(svg, /<title>[^<]+<\/title>\n<desc>[^<]+<\/desc>/);
      assert.ok(svg.includes('Key inputs: 250 MW; start Jan 2027'), 'the key inputs');
      assert.ok(svg.includes('Wattsworth 0.1.0'), 'version and date');
    }
    assert.deepEqual(errors, [], 'no console errors under the CSP');
    assert.deepEqual(wasm, [], 'SVG export makes no request for a second wasm');
    await context.close();
  });

  it('"Embed this" offers charts, controls, theme and read-only, both snippets, and a live preview', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${widget.url}?mw=250`);
    await page.waitForSelector('[data-testid=verdict]:not(:empty)');
    await page.getByTestId('embed-this').click();
    assert.equal(await page.getByTestId('embed-this').getAttribute('aria-expanded'), 'true');
    // The answer's own picture is the embed's by default; the per-kWh chart joins it.
    assert.equal(await page.getByTestId('embed-chart-value').isChecked(), true);
    await page.getByTestId('embed-chart-kwh').check();
    await page.getByTestId('embed-controls-none').check();
    await page.getByTestId('embed-theme-dark').check();
    const script = await page.getByTestId('embed-code').inputValue();
    assert.match(script, /data-wattsworth="mw=250&amp;charts=value,kwh&amp;controls=none&amp;theme=dark&amp;mv=6"/);
    const iframe = await page.getByTestId('embed-iframe').inputValue();
    assert.ok(iframe.startsWith(`<iframe src="${widget.url}?mw=250&amp;charts=value,kwh&amp;controls=none&amp;theme=dark&amp;mv=6&amp;embed=1" title="`), iframe);
    assert.match(iframe, /height="600"/);
    // Read-only takes the controls away, and says so in the link.
    await page.getByTestId('embed-locked').check();
    assert.equal(await page.getByTestId('embed-controls-key').isDisabled(), true);
    assert.match(await page.getByTestId('embed-code').inputValue(), /charts=value,kwh&amp;locked=1&amp;theme=dark&amp;mv=6/);
    // The preview is the embed itself, dark, with both charts and no controls, fitted to its height.
    const frame = await (await page.waitForSelector('[data-testid=embed-preview]')).contentFrame();
    await frame.waitForFunction(() => document.querySelectorAll('canvas').length === 2 && /theme=dark/.test(location.search), null, { timeout: 15000 });
    await frame.waitForSelector('[data-testid=verdict]:not(:empty)');
    assert.equal(await frame.locator('input[type=range]').count(), 0);
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction((h) => Math.abs(document.querySelector('[data-testid=embed-preview]').getBoundingClientRect().height - h) <= 2, content);
    assert.equal(Math.round((await page.getByTestId('embed-preview').boundingBox()).width), 320, 'at a phone’s width first');
    assert.deepEqual(errors, [], 'no console errors, CSP included');
    await context.close();
  });

  it('fits an article: at most 1,200 px tall at 320 px, nothing overlapping from 280 to 1,400 px', async () => {
    const measured = {};
    for (const query of ['', '&charts=cash,kwh,map&controls=all']) {
      for (const width of [280, 320, 640, 800, 1400]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${widget.url}?embed=1${query}`);
        await page.waitForSelector('[data-testid=verdict]:not(:empty)');
        await page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.width > 10));
        await page.waitForTimeout(300);
        measured[`${width}${query}`] = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        assert.deepEqual(await overlaps(page), [], `${width} px${query}`);
        await context.close();
      }
    }
    assert.ok(measured[320] <= 1200, `${measured[320]} px tall at 320 px with the default key inputs`);
  });

  it('in a plain 320 × 600 iframe shows the verdict and the chart before the controls, and dates its deals right', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.origin}/pym.html`);
    await page.evaluate((src) => { const f = document.getElementById('f'); f.style.cssText = 'width:320px;height:600px;border:0'; f.src = src; }, `${widget.url}?embed=1`);
    const frame = await (await page.$('#f')).contentFrame();
    await frame.waitForSelector('[data-testid=verdict]:not(:empty)', { timeout: 15000 });
    await frame.waitForFunction(() => document.querySelector('canvas').width > 10);
    const box = (sel) => frame.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    const [verdict, canvas, controls] = [await box('[data-testid=verdict]'), await box('canvas'), await box('#controls')];
    assert.ok(verdict.bottom <= 600 && canvas.bottom <= 600, `verdict ends at ${verdict.bottom}, chart at ${canvas.bottom}`);
    assert.ok(canvas.bottom <= controls.top, 'the chart before the controls');
    assert.match(await frame.textContent('[data-testid=embed-footer]'), /deals 2024–26/);
    assert.match(await frame.textContent('[data-testid=embed-footer]'), /Other key inputs: start Jan 2027; conversion capex \$10M per MW of IT/);
    await context.close();
  });

  it('serves under a strict CSP meta from a sub-path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(widget.url);
    await page.waitForSelector('[data-testid=verdict]:not(:empty)');
    const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.deepEqual(errors, []);
    await context.close();
  });
  it('opens the full calculator from a sandbox="allow-scripts" frame on another origin', async () => {
    const { context, frame } = await openHost('/strict.html');
    const link = await frame.textContent('[data-testid=full-link]');
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/news\/wattsworth\/\?mw=300&mv=6$/, 'the address, copyable');
    const [popup] = await Promise.all([context.waitForEvent('page'), frame.click('[data-testid=open-full]')]);
    await popup.waitForSelector('[data-testid=verdict]:not(:empty)', { timeout: 15000 });
    assert.match(await popup.textContent('[data-testid=verdict]'), /300 MW site/);
    await context.close();
  });

  it('shows a message, a picture and a link, never a blank box, when its files cannot load', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/no-cors.html`);
    const frameElement = await page.waitForSelector('#w iframe');
    const frame = await frameElement.contentFrame();
    await frame.waitForSelector('#ww-first-picture svg');
    await frame.waitForSelector('.stalled', { state: 'visible', timeout: 10000 });
    assert.match(await frame.textContent('.stalled'), /has not started.*Open the calculator/s);
    assert.ok((await frameElement.boundingBox()).height > 100, 'the frame keeps a height');
    await context.close();
  });

  it('says what is missing, with links, in a browser without WebAssembly', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => { delete globalThis.WebAssembly; });
    await page.goto(widget.url);
    await page.waitForSelector('.stalled', { state: 'visible', timeout: 10000 });
    assert.match(await page.textContent('.stalled'), /needs JavaScript and WebAssembly/);
    assert.equal(await page.locator('.stalled a[href="methodology.part.html"]').count(), 1);
    await context.close();
  });
});
