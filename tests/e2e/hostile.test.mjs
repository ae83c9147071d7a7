// What a probe with hostile input found (see CHANGELOG, #25): long quoted values and huge figures
// stay inside a 320 px screen, every link notice names its input, a locale with a Unicode
// extension is taken as asked, one full stop after an abbreviated figure, whole months said once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, serve, text } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const NARROW = { viewport: { width: 320, height: 700 }, isMobile: true, hasTouch: true };
const width = (page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('hostile input', () => {
  it('a long value quoted in a notice, or a huge figure, stays inside 320 px', async () => {
    for (const query of [`?mw=abc${'x'.repeat(3000)}`, `?${'x'.repeat(3000)}=1`, '?locale=de-CH&currency=CAD&fx=9999999.9999']) {
      const { page, problems, context } = await open(browser, `${server.url}${query}`, NARROW);
      await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
      await page.waitForTimeout(200);
      assert.ok(await width(page) <= 320, `${query.slice(0, 40)}…: ${await width(page)} px wide`);
      assert.deepEqual(problems.errors, []);
      await context.close();
    }
  });

  it('names the input of every link notice, months and the AI business too', async () => {
    const { page, context } = await open(browser, `${server.url}?start=0&hpd=2099-01&mode=GPU`);
    const notices = await page.$$eval('[data-testid=url-notice] li', (lis) => lis.map((li) => li.textContent));
    for (const label of ['Start month: “0”', 'Hashprice as of: “2099-01”', 'AI business: “GPU”']) {
      assert.ok(notices.some((n) => n.startsWith(label)), `${label}: ${notices.join(' | ')}`);
    }
    await context.close();
  });

  it('takes a locale with a Unicode extension as asked, and keeps it in the link', async () => {
    const { page, context } = await open(browser, `${server.url}?locale=ja-JP-u-ca-japanese&mw=120`);
    const notices = await page.$$eval('[data-testid=url-notice] li', (lis) => lis.map((li) => li.textContent));
    assert.ok(!notices.some((n) => /has no locale|does not know/.test(n)), notices.join(' | '));
    await page.waitForTimeout(600);
    assert.match(page.url(), /locale=ja-JP-u-ca-japanese/);
    await context.close();
  });

  it('ends a sentence on "Mio." with one full stop (de-CH)', async () => {
    const { page, context } = await open(browser, `${server.url}?locale=de-CH`);
    const verdict = await text(page, 'verdict');
    assert.match(verdict, /Mio\.$/);
    assert.doesNotMatch(await page.textContent('[data-testid=headline]'), /[^.]\.\.(?!\.)/);
    await context.close();
  });

  it('reads a number typed with a sign that is not the box\'s unit, and names the sign', async () => {
    const { page, context } = await open(browser, server.url);
    const type = async (key, value) => {
      await page.getByTestId(`text-${key}`).fill(value);
      await page.getByTestId(`text-${key}`).press('Enter');
      await page.waitForFunction((k) => document.querySelector(`[data-testid=error-${k}]`).textContent !== '', key);
      return text(page, `error-${key}`);
    };
    assert.equal(await type('mw', '150%'), 'Read “150%” as 150 MW: “%” is not this box\'s unit.');
    assert.equal(await page.getByTestId('text-mw').inputValue(), '150');
    assert.equal(await type('yrs', '$12'), 'Read “$12” as 12 years: “$” is not this box\'s unit.');
    await context.close();
    const euros = await open(browser, `${server.url}?locale=de-DE&currency=EUR`);
    await euros.page.getByTestId('text-rent').fill('$120');
    await euros.page.getByTestId('text-rent').press('Enter');
    await euros.page.waitForFunction(() => document.querySelector('[data-testid=error-rent]').textContent !== '');
    assert.match(await text(euros.page, 'error-rent'), /^Read “\$120” as 120 €\/kW-Monat|^Read “\$120” as 120 €/);
    assert.match(await text(euros.page, 'error-rent'), /“\$” is not this box's unit\.$/);
    await euros.context.close();
  });

  it('says once that the model counts whole months', async () => {
    const { page, context } = await open(browser, server.url);
    await page.getByTestId('text-conv').fill('.5');
    await page.getByTestId('text-conv').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=error-conv]').textContent !== '');
    assert.equal(await text(page, 'error-conv'), 'The model counts whole months: using 1 month.');
    await context.close();
  });
});
