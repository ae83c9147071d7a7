// Offline use: the single-file build opened from disk with the network blocked, the hosted build
// reloading from its service worker with the server stopped, and the methodology in the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { chartPrints, DIST, launch, open, ready, serve, text } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function singleFile() {
  const name = (await readdir(DIST)).find((f) => /^wattsworth-\d+\.\d+\.\d+\.html$/.test(f));
  assert.ok(name, 'dist/ has wattsworth-<version>.html');
  return `file://${DIST}${name}`;
}

describe('offline', () => {
  it('the single file carries every language: ?lang=ja and the picker work from disk, offline', async () => {
    const context = await browser.newContext({ offline: true, locale: 'en-US' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${await singleFile()}?lang=ja`);
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    assert.match(await text(page, 'verdict'), /現在価値/);
    await page.selectOption('[data-testid=language]', 'de');
    await page.waitForFunction(() => document.documentElement.lang === 'de' && /Standort/.test(document.querySelector('[data-testid=verdict]').textContent));
    assert.equal(await page.locator('[data-testid=error-language]:visible').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the single file works from file:// with the network blocked', async () => {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    const requests = [];
    const errors = [];
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(await singleFile());
    await ready(page);
    assert.match(await text(page, 'version'), /Wattsworth \d+\.\d+\.\d+, built \d{4}-\d{2}-\d{2}\./);
    assert.equal(await page.getByTestId('offline-download').isVisible(), false, 'no download link inside the download');
    const before = [await text(page, 'headline'), await chartPrints(page)];
    await page.getByTestId('range-rent').focus();
    await page.keyboard.press('End');
    await page.waitForFunction((h) => document.querySelector('[data-testid=headline]').textContent !== h, before[0]);
    // Focusing the rent slider may scroll the first chart away, and charts off screen wait:
    // bring it back, then it redraws, a moment after the headline.
    await page.getByTestId('chart-0').scrollIntoViewIfNeeded();
    for (let i = 0; i < 50 && JSON.stringify(await chartPrints(page)) === JSON.stringify(before[1]); i++) await page.waitForTimeout(100);
    assert.notDeepEqual(await chartPrints(page), before[1]);
    await page.locator('[data-testid=methodology] > summary').click();
    await page.waitForFunction(() => /Hashprice identity/.test(document.querySelector('[data-testid=methodology]').textContent));
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the hosted build, once visited, reloads with the server stopped', async () => {
    const server = await serve();
    const context = await browser.newContext();
    // When the worker registers: only once the page is whole (its last section built), so its
    // downloads never compete with the first screen's.
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        const bodies = [...document.querySelectorAll('.group-body')];
        window.__registeredWhole = bodies.length > 0 && bodies.every((b) => b.childElementCount > 0);
        return register.apply(this, args);
      };
    });
    const page = await context.newPage();
    const problems = { foreign: [] };
    page.on('request', (r) => { if (!r.url().startsWith(server.origin)) problems.foreign.push(r.url()); });
    await page.goto(server.url);
    await ready(page);
    await page.waitForFunction(() => window.__registeredWhole !== undefined);
    assert.equal(await page.evaluate(() => window.__registeredWhole), true, 'registered before the page was whole');
    assert.match(await page.getAttribute('[data-testid=offline-download]', 'href'), /^wattsworth-\d+\.\d+\.\d+\.html$/);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await ready(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'controlled by the worker');
    await server.close();
    await page.reload();
    await ready(page);
    await page.getByTestId('text-mw').fill('400');
    await page.getByTestId('text-mw').press('Enter');
    await page.waitForFunction(() => /400 MW site/.test(document.querySelector('[data-testid=verdict]').textContent));
    await page.locator('[data-testid=methodology] > summary').click();
    await page.waitForFunction(() => /Hashprice identity/.test(document.querySelector('[data-testid=methodology]').textContent));
    assert.deepEqual(problems.foreign, []);
    await context.close();
  });

  it('source links open the methodology', async () => {
    const server = await serve();
    const { page, problems, context } = await open(browser, server.url);
    await page.locator('[data-key=hp] details.source summary').click();
    await page.locator('[data-key=hp] details.source a').click();
    await page.waitForFunction(() => document.getElementById('methodology').open
      && /What is not modelled/.test(document.getElementById('methodology').textContent));
    assert.deepEqual(problems.errors, []);
    await context.close();
    await server.close();
  });
});
