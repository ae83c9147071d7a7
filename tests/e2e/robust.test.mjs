// Nothing changes without a word: strict numbers in links, what is kept in the browser (read back
// with notices, backed up, a reload rescue that never fires on a navigation, full storage said
// once), parts of a link that are not read, links made in the offline file, the CSV read by a
// real CSV parser, locales Intl does not have, right-to-left and non-Gregorian locales,
// the shortest form in links, and the smallest exchange rate (embeds on a host's page:
// embed-hosts.test.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { DIST, downloadData, launch, open, ready, serve, text } from './harness.mjs';

let server, browser;
const SHOTS = fileURLToPath(new URL('../../target/e2e-shots/', import.meta.url));

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const value = (page, key) => page.getByTestId(`text-${key}`).inputValue();
const settled = (page) => page.waitForTimeout(400);

describe('numbers in links', () => {
  it('refuses 1,5  1+5  1_5  $5 by name, keeps the defaults and quotes the text as written', async () => {
    // The defaults: what a link without these keys shows.
    const keys = { mw: 'Grid power', yrs: 'Contract length', conv: 'Months to convert', pwr: 'Power price', hp: 'Hashprice', rent: 'Starting lease rate', gph: 'GPU rental price' };
    const plain = await open(browser, server.url);
    const defaults = {};
    for (const key of Object.keys(keys)) defaults[key] = await value(plain.page, key);
    await plain.context.close();
    const written = { mw: '1,5', yrs: '1,5', conv: '1,5', pwr: '0,05', hp: '1+5', rent: '1_5', gph: '$5' };
    const { page, problems, context } = await open(browser, `${server.url}?mw=1,5&yrs=1%2C5&conv=1,5&pwr=0,05&hp=1+5&rent=1_5&gph=%245`);
    const notices = await page.$$eval('[data-testid=url-notice] li', (lis) => lis.map((li) => li.textContent));
    for (const [key, label] of Object.entries(keys)) {
      const said = notices.find((n) => n.startsWith(`${label}: “${written[key]}” is not a number as links write them`));
      assert.ok(said, `${label}: ${notices.join(' | ')}`);
      assert.ok(said.endsWith(`; kept ${defaults[key]}`), `${label} kept ${defaults[key]}: ${said}`);
      assert.equal(await value(page, key), defaults[key], key);
    }
    assert.match(await text(page, 'verdict'), new RegExp(`this ${defaults.mw} MW site `));
    // The basis dates the contract: as many years as the default, first month to last.
    const [, y0, y1] = /contract \S+ (\d{4}) to \S+ (\d{4})\.$/.exec(await text(page, 'basis'));
    assert.equal(Number(y1) - Number(y0), Number(defaults.yrs), 'the contract runs the default years');
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('writes the shortest human form: mw=2000, and money typed in euros at the precision shown', async () => {
    const { page, context } = await open(browser, `${server.url}?locale=de-DE&currency=EUR`);
    await page.getByTestId('text-mw').fill('2000');
    await page.getByTestId('text-mw').press('Enter');
    await page.getByTestId('text-hp').fill('30');
    await page.getByTestId('text-hp').press('Enter');
    await settled(page);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('mw'), '2000');
    // 30 € at 0.86 per dollar: 34.8837 dollars shows as 30,0000 € at the box's four places
    // (34.884 would show as 30,0002 €), never 34.883720930232556.
    assert.equal(url.searchParams.get('hp'), '34.8837');
    const { page: again, problems, context: other } = await open(browser, page.url());
    assert.equal(await value(again, 'hp'), '30');
    assert.equal(await again.locator('[data-testid=url-notice]').isVisible(), false);
    assert.deepEqual(problems.errors, []);
    await other.close();
    await context.close();
  });

  it('names a key after the first 200 parts, a key given twice, and a pin or currency inside a pin', async () => {
    const junk = Array.from({ length: 250 }, (_, i) => `j${i}=1`).join('&');
    const { page, context } = await open(browser, `${server.url}?${junk}&mw=321`);
    assert.match(await text(page, 'url-notice'), /Grid power: mw= comes after the first 200 parts of this link and was not read; kept 100/);
    assert.match(await text(page, 'verdict'), /100 MW site/);
    await page.goto(`${server.url}?mw=100&mw=300`);
    await ready(page);
    assert.match(await text(page, 'url-notice'), /Grid power: mw= is given 2 times in this link; each is read in turn, and 300 is used/);
    assert.match(await text(page, 'verdict'), /300 MW site/);
    await page.goto(`${server.url}?ref=hp%3D40%26ref%3Dmw%253D300%26currency%3DEUR`);
    await ready(page);
    const notice = await text(page, 'url-notice');
    assert.match(notice, /Pinned scenario: ref= inside ref= is not read: a pinned scenario has no pin of its own/);
    assert.match(notice, /Pinned scenario: currency= inside ref= is not read/);
    assert.match(await text(page, 'compare'), /Hashprice \$40\.00\/PH\/s\/day → \$28\.68\/PH\/s\/day/);
    await context.close();
  });
});

describe('what is kept in the browser', () => {
  async function withKept(kept) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Set from another page of the origin: the calculator itself would write its own scenario
    // over it as it unloads.
    await page.goto(`${server.url}robots.txt`);
    await page.evaluate((k) => localStorage.setItem('wattsworth:last-scenario', k), kept);
    await page.goto(server.url);
    await ready(page);
    return { page, context };
  }

  it('a bad kept scenario is read with notices and saved as it was', async () => {
    const { page, context } = await withKept('mw=abc&hp=-5&start=2099-99');
    const notice = await text(page, 'url-notice');
    assert.match(notice, /Your last scenario, kept in this browser: Grid power: “abc” is not a number/);
    assert.match(notice, /Your last scenario, kept in this browser: Hashprice: -5 is outside 1–500 \$\/PH\/s\/day; used 1/);
    assert.match(notice, /Your last scenario, kept in this browser: Start month: “2099-99” is not a month/);
    assert.match(notice, /is saved as it was under “wattsworth:last-scenario:unread”/);
    assert.equal(await value(page, 'hp'), '1');
    await settled(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('wattsworth:last-scenario:unread')), 'mw=abc&hp=-5&start=2099-99');
    assert.equal(await page.evaluate(() => localStorage.getItem('wattsworth:last-scenario')), 'hp=1');
    await context.close();
  });

  it('an old form is kept whole, and the reader told the page starts from the defaults', async () => {
    const old = '{"site":{"grid_mw":200},"mode":"Lease"}';
    const { page, context } = await withKept(old);
    assert.match(await text(page, 'url-notice'), /is not in a form this version can read .*; starting from the defaults/);
    assert.match(await text(page, 'verdict'), /100 MW site/);
    assert.equal(await page.evaluate(() => localStorage.getItem('wattsworth:last-scenario:unread')), old);
    await context.close();
  });

  it('a navigation to the same address 50 ms after an edit shows the link, not the edit', async () => {
    const { page, context } = await open(browser, `${server.url}?mw=120`);
    // The edit and, 50 ms later, an ordinary navigation to the same address, both in the page
    // (so the delay is what it says), well inside the 250 ms before the address is written.
    await page.evaluate(() => {
      window.__before = true;
      const box = document.querySelector('[data-testid=text-mw]');
      box.value = '150';
      box.dispatchEvent(new Event('change', { bubbles: true }));
      sessionStorage.setItem('edited-at', String(performance.timeOrigin + performance.now()));
      setTimeout(() => {
        sessionStorage.setItem('left-at', String(performance.timeOrigin + performance.now()));
        location.href = location.href;
      }, 50);
    });
    await page.waitForFunction(() => !window.__before && sessionStorage.getItem('left-at')
      && document.querySelector('[data-testid=verdict]')?.textContent);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation')[0].type), 'navigate');
    await ready(page);
    const [edited, left] = await page.evaluate(() => [sessionStorage.getItem('edited-at'), sessionStorage.getItem('left-at')].map(Number));
    assert.ok(left - edited < 100, `navigated ${left - edited} ms after the edit`);
    assert.equal(await value(page, 'mw'), '120', 'the scenario of the link');
    assert.equal(await page.locator('[data-testid=url-notice]').isVisible(), false);
    await context.close();
  });

  it('page.goto the same address right after a slider edit shows the link; a reload keeps the edit', async () => {
    const { page, context } = await open(browser, `${server.url}?mw=120`);
    await page.getByTestId('range-hp').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('[data-testid=text-hp]').value === '500');
    await page.goto(`${server.url}?mw=120`);
    await ready(page);
    assert.equal(await value(page, 'hp'), '28.68', 'the link has no hp, so the default');
    assert.equal(await value(page, 'mw'), '120');
    // A real reload moments after an edit still keeps it.
    await page.getByTestId('range-hp').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('[data-testid=text-hp]').value === '500');
    await page.reload();
    await ready(page);
    assert.equal(await value(page, 'hp'), '500');
    await context.close();
  });

  it('full storage gives one quiet notice, not an alert, and the address still follows', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (this === window.localStorage) throw new DOMException('full', 'QuotaExceededError');
        return set.call(this, k, v);
      };
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    for (const mw of ['150', '160']) {
      await page.getByTestId('text-mw').fill(mw);
      await page.getByTestId('text-mw').press('Enter');
      await settled(page);
    }
    assert.match(page.url(), /mw=160/);
    const note = page.getByTestId('storage-notice');
    assert.equal(await note.textContent(), "This browser's storage is full: your scenario is in the address, but will not be remembered for your next visit.");
    assert.equal(await note.getAttribute('role'), 'status');
    assert.equal(await page.locator('[data-testid=url-notice]').isVisible(), false);
    await context.close();
  });
});

describe('the offline file', () => {
  it('copies a link that opens the file, and says embedding needs the hosted site', async () => {
    const name = (await readdir(DIST)).find((f) => /^wattsworth-\d+\.\d+\.\d+\.html$/.test(f));
    const file = `file://${DIST}${name}`;
    const context = await browser.newContext({ offline: true });
    await context.addInitScript(() => {
      window.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => { window.__copied.push(t); } } });
    });
    const page = await context.newPage();
    await page.goto(`${file}?mw=321`);
    await ready(page);
    await page.getByTestId('copy-link').click();
    await page.waitForFunction(() => /Link copied/.test(document.querySelector('[data-testid=share-status]').textContent));
    const copied = await page.evaluate(() => window.__copied[0]);
    assert.equal(copied, `${file}?mw=321&mv=6`);
    assert.match(await page.textContent('.fact-sheet .copyable'), new RegExp(`^${file.replace(/[.]/g, '\\.')}\\?mw=321&mv=6$`));
    const { notes } = await downloadData(page);
    assert.equal(notes.wattsworth.scenario, `${file}?mw=321&mv=6`);
    assert.equal(notes.sources[0].path, `${file}#methodology`);
    await page.getByTestId('embed-this').click();
    assert.match(await text(page, 'embed-note'), /^Embedding needs the calculator on a web site: this copy is a file on your computer/);
    assert.equal(await page.getByTestId('embed-code').isVisible(), false);
    // The copied link opens the file, with its scenario.
    await page.goto(copied);
    await ready(page);
    assert.match(await text(page, 'verdict'), /321 MW site/);
    await context.close();
  });
});

describe('the data', () => {
  for (const [locale, money, rate] of [['de-DE', 'EUR', /^Money in the table is in EUR at 0\.86 per US dollar \(Assumption: .*, not a quoted rate; /],
    ['ja-JP', 'JPY', /^Money in the table is in JPY at 155 per US dollar \(Assumption: /], ['en-IN', 'JPY&fx=10000000', /^Money in the table is in JPY at 10000000 per US dollar \(the reader's rate\)/]]) {
    for (const pin of ['', '&ref=hp%3D40']) {
      it(`is one table a strict CSV parser reads, with its notes beside it: ${locale}, ${money}${pin ? ', pinned' : ''}`, async () => {
        const { page, context } = await open(browser, `${server.url}?locale=${locale}&currency=${money}${pin}`);
        const { csv, notes } = await downloadData(page);
        // Strict: every record as wide as the header, or the parser throws.
        const records = parse(csv);
        const header = records[0];
        assert.deepEqual(header.slice(0, 2), ['month', 'date']);
        assert.equal(header.includes('pinned_date'), Boolean(pin));
        const code = money.slice(0, 3).toLowerCase();
        assert.ok(header.slice(2).every((h) => h === 'pinned_date' || h.endsWith(`_${code}`) || h.endsWith('_mwh')), 'money named for its currency');
        assert.ok(records.slice(1).every((r) => r.slice(2).every((c) => c === '' || /^-?\d+(\.\d+)?$/.test(c) || /^\d{4}-\d{2}$/.test(c))), 'numbers with a point');
        assert.equal(records[1][0], '1');
        assert.match(notes.wattsworth.money, rate);
        assert.deepEqual(notes.resources[0].schema.fields.map((f) => f.name), header);
        const hp = notes.wattsworth.inputs.find((i) => i.key === 'hp');
        assert.deepEqual([hp.label, hp.value, hp.unit], ['Hashprice', 28.68, '$/PH/s/day']);
        // The source as the page cites it beside the input (before " Default …").
        const source = (await page.textContent('[data-key=hp] .source p')).split('. Default ')[0];
        assert.equal(hp.source, source, 'a source with a comma, whole');
        assert.equal(hp.pinned_value, pin ? 40 : undefined);
        assert.equal(notes.wattsworth.pinned !== undefined, Boolean(pin));
        await context.close();
      });
    }
  }
});

describe('locales', () => {
  for (const tag of ['xx', 'zz-ZZ', 'und']) {
    it(`locale=${tag}, which this browser resolves to another, is named with what is used`, async () => {
      const { page, context } = await open(browser, `${server.url}?locale=${tag}&mw=150`);
      assert.match(await text(page, 'url-notice'), new RegExp(`Locale: this browser has no locale “${tag}”; numbers and months are written as in en-US`));
      await settled(page);
      assert.doesNotMatch(page.url(), /locale=/, 'the link no longer claims it');
      await context.close();
    });
  }

  it('ar-EG: the headline keeps its reading order around right-to-left months and money', async () => {
    const { page, problems, context } = await open(browser, `${server.url}?locale=ar-EG`, { viewport: { width: 1100, height: 800 } });
    await mkdir(SHOTS, { recursive: true });
    await page.getByTestId('headline').screenshot({ path: `${SHOTS}ar-EG-headline.png` });
    // Where each piece of text is drawn: the figures after the month come after it on the line.
    const layout = await page.evaluate(() => {
      const box = (el, piece) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf(piece);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + piece.length);
          const rects = [...r.getClientRects()];
          // Where the piece starts (its first line box) and where it ends (its last), as it may wrap.
          return { left: rects[0].left, top: rects[0].top, right: rects.at(-1).right, lastTop: rects.at(-1).top };
        }
        return null;
      };
      const kwh = document.querySelector('[data-testid=kwh]');
      const month = kwh.textContent.match(/\u2068[^\u2069]*2026\u2069/)[0];
      const verdict = document.querySelector('[data-testid=verdict]');
      const gap = verdict.textContent.match(/adds (\u2068[^]*?\u2069) in today/)[1];
      return {
        month, asOf: box(kwh, 'as of'), theMonth: box(kwh, month), share: box(kwh, '85% utilisation'),
        worth: box(verdict, 'adds'), money: box(verdict, gap), more: box(verdict, " in today's money"),
      };
    });
    // b starts on a later line than a ends, or after it on the same line.
    const inOrder = (a, b, what) => assert.ok(b.top > a.lastTop + 2 || b.left >= a.right - 1, `${what}: ${JSON.stringify([a, b])}`);
    assert.match(layout.month, /مارس/);
    inOrder(layout.asOf, layout.theMonth, 'as of → month');
    inOrder(layout.theMonth, layout.share, 'month → 85% utilisation');
    inOrder(layout.worth, layout.money, 'adds → amount');
    inOrder(layout.money, layout.more, "amount → in today's money");
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  for (const [tag, calendar, script] of [['th-TH', 'buddhist', /[\u0E00-\u0E7F]/], ['fa-IR', 'persian', /[\u0600-\u06FF]/]]) {
    it(`${tag}: months in the locale's own words, Gregorian as the model counts, and said so`, async () => {
      const { page, context } = await open(browser, `${server.url}?locale=${tag}`);
      const asOf = await text(page, 'as-of-hp');
      assert.match(asOf, script, asOf);
      assert.match(asOf, /2026/, asOf);
      assert.doesNotMatch(asOf, /Jun/);
      assert.match(await text(page, 'url-notice'), new RegExp(`Months: ${tag} counts in the ${calendar} calendar; months here are Gregorian`));
      await context.close();
    });
  }
});

describe('edges', () => {
  it('at the smallest rate, the power price box and captions show the value in use, never 0', async () => {
    const { page, context } = await open(browser, `${server.url}?currency=EUR&fx=0.0001`);
    assert.equal(await value(page, 'pwr'), '0.0000045');
    const kwh = await text(page, 'kwh');
    assert.doesNotMatch(kwh, /€0\.00\//, kwh);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('svg-0').click()]);
    const svg = await readFile(await download.path(), 'utf8');
    assert.ok(svg.includes('power €0.0000045/kWh'), 'caption with the power price in use');
    assert.ok(!svg.includes('€0.000/kWh'));
    await context.close();
  });
});
