// Nothing a reader typed is lost: a reload moments after an edit keeps it, and Back and Forward
// restore exactly the scenario shown then. Edits replace the current history entry; choosing a
// preset or opening the methodology adds one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, ready, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const value = (page, key) => page.getByTestId(`text-${key}`).inputValue();
// The box's value once it differs from `was` (a slider's value reaches the page on the next frame).
const changed = async (page, key, was) => {
  await page.waitForFunction(([k, w]) => document.querySelector(`[data-testid=text-${k}]`).value !== w, [key, was]);
  return value(page, key);
};

describe('history and reloads', () => {
  it('a reload 50 ms after an edit keeps the edit, even when the URL already has a query', async () => {
    const { page, context } = await open(browser, `${server.url}?mw=120`);
    await page.getByTestId('range-mw').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(500);
    await page.getByTestId('range-hp').focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    const edited = await value(page, 'hp');
    assert.notEqual(edited, '28.68');
    await page.waitForTimeout(50);
    await page.reload();
    await ready(page);
    assert.equal(await value(page, 'hp'), edited);
    await context.close();
  });

  it('Back after the methodology link restores the edits made before and after it', async () => {
    const { page, context } = await open(browser, server.url);
    await page.getByTestId('range-hp').focus();
    await page.keyboard.press('End');
    const nudged = await changed(page, 'hp', '28.68');
    // The link moves within the page: the document, and all it holds, stays.
    await page.evaluate(() => { window.wwSameDocument = true; });
    await page.click('footer a[href="#methodology"]');
    assert.equal(await page.evaluate(() => location.hash), '#methodology');
    assert.ok(await page.evaluate(() => window.wwSameDocument), 'the methodology link reloaded the page');
    await page.getByTestId('range-mw').focus();
    await page.keyboard.press('End');
    const later = await changed(page, 'mw', '100');
    await page.waitForTimeout(400); // settled: the edit is in this entry's URL
    await page.goBack();
    await page.waitForFunction(() => !location.hash);
    // Back leaves the methodology; the scenario is the one shown when the link was followed.
    assert.equal(await value(page, 'hp'), nudged);
    assert.equal(await value(page, 'mw'), '100');
    assert.ok(await page.evaluate(() => window.wwSameDocument), 'Back reloaded the page');
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#methodology');
    await page.waitForFunction((v) => document.querySelector('[data-testid=text-mw]').value === v, later);
    assert.equal(await value(page, 'hp'), nudged);
    assert.ok(await page.evaluate(() => window.wwSameDocument), 'Forward reloaded the page');
    await context.close();
  });

  it('the skip link moves focus to the inputs without reloading, when the URL has a query', async () => {
    const { page, context } = await open(browser, `${server.url}?mw=120`);
    await page.evaluate(() => { window.wwSameDocument = true; });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#controls');
    assert.equal(await page.evaluate(() => location.search), '?mw=120');
    assert.ok(await page.evaluate(() => window.wwSameDocument), 'the skip link reloaded the page');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('#controls')), 'focus did not move into the inputs');
    await context.close();
  });

  it('choosing a preset adds a history entry; Back restores the scenario before it', async () => {
    const { page, context } = await open(browser, server.url);
    await page.getByTestId('text-mw').fill('150');
    await page.getByTestId('text-mw').press('Enter');
    await page.waitForFunction(() => /this 150 MW site/.test(document.querySelector('[data-testid=verdict]').textContent));
    const before = await page.textContent('[data-testid=verdict]');
    await page.getByTestId('preset').selectOption('hut8');
    // The verdict names whose terms it is on.
    await page.waitForFunction(() => /^On Hut 8's .*terms, .* this /.test(document.querySelector('[data-testid=verdict]').textContent));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-testid=text-mw]').value === '150');
    await page.waitForFunction((v) => document.querySelector('[data-testid=verdict]').textContent === v, before, { timeout: 5000 })
      .catch(async () => assert.equal(await page.textContent('[data-testid=verdict]'), before));
    await context.close();
  });
});
