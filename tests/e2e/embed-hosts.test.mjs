// An embed on a host's page, as a newsroom would place it: loaded as a module, added late,
// imported, pasted inline into the page (no address of its own to find), and mounted into a
// shadow root the page-wide observer cannot see.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, launch, serve } from './harness.mjs';

let browser, widget, host;
const PREFIX = '/news/wattsworth/';

const hostPage = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>
<body><article><h1>A story about miners</h1>${body}</article></body></html>`;

before(async () => {
  widget = await serve(undefined, { prefix: PREFIX });
  const loader = `${widget.url}embed.js`;
  host = await serve(undefined, {
    prefix: '/nothing-here/',
    pages: {
      '/module.html': hostPage(`<div id="w" data-wattsworth="mw=300"></div><script type="module" src="${loader}"></script>`),
      '/late.html': hostPage(`<p>Text.</p><script async src="${loader}"></script>`),
      '/import.html': hostPage(`<div id="w" data-wattsworth="mw=300"></div><script type="module">import('${loader}');</script>`),
      // The loader's code pasted into the page (as some CMS blocks do, escaping `</script`): no
      // address to find.
      '/blind.html': hostPage(`<div id="w" data-wattsworth="mw=300"><a href="#">fallback</a></div>
<script type="module">${(await readFile(`${DIST}embed.js`, 'utf8')).replaceAll('</script', '<\\/script')}</script>`),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [widget, host]) await s?.close();
});

describe('embeds', () => {
  async function openHost(path) {
    const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.origin}${path}`);
    return { context, page, errors };
  }
  async function calculatorIn(page, selector = '#w iframe') {
    const frameElement = await page.waitForSelector(selector);
    assert.ok((await frameElement.getAttribute('src')).startsWith(`${widget.url}?`), await frameElement.getAttribute('src'));
    const frame = await frameElement.contentFrame();
    await frame.waitForSelector('[data-testid=verdict]:not(:empty)', { timeout: 15000 });
    return frame;
  }

  it('loaded as a module, it finds its own address and mounts the calculator, not the host page', async () => {
    const { context, page, errors } = await openHost('/module.html');
    assert.match(await (await calculatorIn(page)).textContent('[data-testid=verdict]'), /300 MW site/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('loaded by import(), it finds its address from the request', async () => {
    const { context, page } = await openHost('/import.html');
    assert.match(await (await calculatorIn(page)).textContent('[data-testid=verdict]'), /300 MW site/);
    await context.close();
  });

  it('when it cannot tell its address, it mounts nothing and says how to load it', async () => {
    const { context, page, errors } = await openHost('/blind.html');
    await page.waitForSelector('#w[data-wattsworth-mounted]');
    assert.match(await page.textContent('#w'), /embed\.js could not tell the address it was loaded from.*Load it with <script async src=/);
    assert.equal(await page.locator('iframe').count(), 0);
    assert.ok(errors.some((e) => /could not tell the address/.test(e)), errors.join('\n'));
    await context.close();
  });

  it('mounts an element added after it ran', async () => {
    const { context, page } = await openHost('/late.html');
    await page.waitForFunction(() => window.Wattsworth);
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const div = document.createElement('section');
      div.id = 'late';
      div.innerHTML = '<div data-wattsworth="mw=444&charts=kwh" data-title="Added later"></div>';
      document.querySelector('article').append(div);
    });
    const frame = await calculatorIn(page, '#late iframe');
    assert.match(await frame.textContent('[data-testid=verdict]'), /444 MW site/);
    assert.equal(await page.getAttribute('#late iframe', 'title'), 'Added later');
    await context.close();
  });

  it('Wattsworth.mount(root) mounts what the page-wide observer cannot see (a shadow root)', async () => {
    const { context, page } = await openHost('/late.html');
    await page.waitForFunction(() => window.Wattsworth);
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.id = 'shadow-host';
      document.querySelector('article').append(el);
      el.attachShadow({ mode: 'open' }).innerHTML = '<div id="w" data-wattsworth="mw=555"></div>';
    });
    await page.waitForTimeout(300);
    const inShadow = () => page.evaluate(() => document.getElementById('shadow-host').shadowRoot.querySelectorAll('iframe').length);
    assert.equal(await inShadow(), 0, 'not yet: the observer does not see into it');
    await page.evaluate(() => window.Wattsworth.mount(document.getElementById('shadow-host').shadowRoot));
    const frame = await calculatorIn(page, '#shadow-host >> #w iframe');
    assert.match(await frame.textContent('[data-testid=verdict]'), /555 MW site/);
    // Mounting again changes nothing.
    await page.evaluate(() => window.Wattsworth.mount(document.getElementById('shadow-host').shadowRoot));
    await page.evaluate(() => window.Wattsworth.mount());
    assert.equal(await inShadow(), 1);
    await context.close();
  });
});
