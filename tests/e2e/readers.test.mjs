// What readers and newsrooms outside the defaults see: their own locale and currency, typed
// numbers in their own format, a pinned scenario to compare against (kept by the link and by
// embeds), and the same accessibility with a comparison on screen.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dollars, downloadData, launch, monthAfter, open, ready, serve, text } from './harness.mjs';

const require = createRequire(import.meta.url);
let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


describe('locale and currency', () => {
  it('?locale=de-DE&currency=EUR writes euros and decimal commas everywhere, and reads "0,05"', async () => {
    const { page, problems, context } = await open(browser, `${server.url}?locale=de-DE&currency=EUR`);
    const headline = await text(page, 'headline');
    assert.match(headline, /Mio\.\s€/);
    assert.doesNotMatch(headline, /\$/, headline);
    // No decimal point between digits anywhere in the headline (a point may group thousands).
    assert.doesNotMatch(headline.replace(/\d{1,3}(\.\d{3})+(?!\d)/g, ''), /\d\.\d/, headline);
    assert.match(await text(page, 'npv-ai'), /^−?\d+,\d\sMio\.\s€$/);
    // Months as the locale writes them, through Intl.DateTimeFormat: the contract's first month.
    const [start, cvin, conv] = [await page.locator('#start').inputValue(), await page.getByTestId('text-cvin').inputValue(), await page.getByTestId('text-conv').inputValue()];
    const first = await page.evaluate(([ym, k]) => {
      const [y, m] = ym.split('-').map(Number);
      return new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1 + k));
    }, [start, Number(cvin) + Number(conv)]);
    assert.notEqual(first, monthAfter(start, Number(cvin) + Number(conv)), 'not as en-US writes it');
    assert.ok(headline.includes(`contract ${first} to `), `${first} in ${headline}`);
    assert.match(await text(page, 'as-of-hp'), /as of Juni 2026/);
    assert.equal(await page.getByTestId('text-pwr').inputValue(), '0,0387');
    assert.match(await page.locator('[data-key=pwr] label').textContent(), /€\/kWh/);
    const charts = await page.locator('figure.chart').count();
    assert.equal(charts, 9);
    for (let i = 0; i < charts; i++) assert.doesNotMatch(await text(page, `takeaway-${i}`), /\$/, `takeaway ${i}`);
    // Typed the German way: accepted as 0.05 euros, shown back the same way, no message.
    await page.getByTestId('text-pwr').fill('0,05');
    await page.getByTestId('text-pwr').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=text-pwr]').value === '0,05');
    assert.equal(await text(page, 'error-pwr'), '');
    await page.waitForTimeout(400);
    // In the link at the precision shown: 0.05814 dollars shows as 0,05 €, not 0.05813953488372093.
    assert.match(page.url(), /pwr=0\.05814(&|$)/);
    // The data in euros, numbers with a point whatever the locale; the rate in its notes.
    const { csv, notes } = await downloadData(page);
    assert.match(csv.split('\n')[0], /,mining_owners_cash_eur,/);
    assert.match(notes.wattsworth.money, /^Money in the table is in EUR at 0\.86 per US dollar/);
    assert.match(notes.title, /^Wattsworth [\d.]+: keep mining or convert to AI/);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('a decimal comma in en-US is refused by name, never read as a thousands separator', async () => {
    const { page, context } = await open(browser, `${server.url}?locale=en-US`);
    await page.getByTestId('text-mw').fill('12,5');
    await page.getByTestId('text-mw').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=error-mw]').textContent !== '');
    assert.match(await text(page, 'error-mw'), /Couldn’t read “12,5”: numbers here are written like 1,234\.5 \(en-US\); still using 100 MW/);
    assert.equal(await page.getByTestId('text-mw').inputValue(), '100');
    await context.close();
  });

  it('the currency picker converts every figure and the link keeps it', async () => {
    const { page, context } = await open(browser, `${server.url}?locale=en-GB`);
    const before = await text(page, 'npv-ai');
    await page.getByTestId('currency').selectOption('GBP');
    await page.waitForFunction((b) => document.querySelector('[data-testid=npv-ai]').textContent !== b, before);
    assert.match(await text(page, 'npv-ai'), /^−?£\d+(\.\d)?[mM]$/);
    await page.getByTestId('fx').fill('0.5');
    await page.getByTestId('fx').press('Enter');
    await page.waitForTimeout(400);
    assert.match(page.url(), /currency=GBP&fx=0\.5/);
    // Millions, with their sign.
    const signed = (t) => (t.startsWith('−') ? -1 : 1) * Number(t.replace(/[^\d.]/g, ''));
    const usd = signed(before);
    const gbp = signed(await text(page, 'npv-ai'));
    assert.ok(Math.abs(gbp - usd / 2) <= 0.06, `${before} at 0.5 → ${gbp}`);
    await context.close();
  });

  it('yen in de-DE keeps decimal commas and thousands points, read back the same way', async () => {
    const { page, context } = await open(browser, `${server.url}?locale=de-DE&currency=JPY`);
    assert.equal(await page.getByTestId('text-ccr').inputValue(), '7.750');
    assert.equal(await page.getByTestId('text-pue').inputValue(), '1,35');
    await page.getByTestId('text-ccr').fill('7.750');
    await page.getByTestId('text-ccr').press('Enter');
    await page.waitForTimeout(400);
    assert.equal(await text(page, 'error-ccr'), '');
    assert.doesNotMatch(page.url(), /ccr=/, 'the same 50 $/MWh, not 7.75 ¥');
    await context.close();
  });

  it('links with a rate the page cannot use say so and keep the figures right', async () => {
    // The figure in dollars, and the rate a link without one gets for euros.
    const plain = await open(browser, server.url);
    const verdict = await text(plain.page, 'verdict');
    const usd = dollars(/ (?:adds|loses) (\S+) in today's money/.exec(verdict)[1]);
    await plain.context.close();
    const euros = await open(browser, `${server.url}?locale=de-DE&currency=EUR`);
    const rate = Number((await euros.page.getByTestId('fx').inputValue()).replace(',', '.'));
    await euros.context.close();
    assert.ok(rate > 0 && rate !== 0.9, `the default euro rate, ${rate}`);
    const eur = (v) => Number(/ (?:adds|loses) ([\d.]+,\d)\sMio\.\s€ in today's money/.exec(v)?.[1].replaceAll('.', '').replace(',', '.')) * 1e6;
    for (const [query, right] of [
      // Refused, so the default rate is used, not 0.9.
      ['?locale=de-DE&currency=EUR&fx=0,9', (v) => Math.abs(eur(v) - usd * rate) <= 0.051e6 * (1 + rate)],
      // No rate for dollars but 1.
      ['?fx=2', (v) => v === verdict],
      ['?currency=USD&fx=2', (v) => v === verdict],
      ['?locale=de--DE&currency=EUR', (v) => /€/.test(v)],
    ]) {
      const { page, context } = await open(browser, `${server.url}${query}`);
      const shown = await text(page, 'verdict');
      assert.ok(right(shown), `${query}: ${shown} (${verdict} at ${rate})`);
      assert.doesNotMatch(shown, query.includes('EUR') ? /\$/ : /€/, query);
      assert.match(await text(page, 'url-notice'), /Exchange rate|Locale/, query);
      await context.close();
    }
  });
});

describe('pin and compare', () => {
  /** The comparison's first three lines, as they should read from the headline figures of the
   * pinned scenario and of the one shown (the AI advantage is signed: + when converting leads). */
  const figures = async (page) => {
    const [, verb, amount] = / (adds|loses) (\S+) in today's money/.exec(await text(page, 'verdict'));
    const sign = (t) => (t.startsWith('−') ? t : `+${t}`);
    return [`${verb === 'loses' ? '−' : '+'}${amount}`, sign(await text(page, 'npv-mining')), sign(await text(page, 'npv-ai'))];
  };
  const lines = (pinned, now) => ['AI advantage', 'Mining NPV', 'AI NPV'].map((name, i) => `${name}: pinned ${pinned[i]} → now ${now[i]}`);

  it('pins, changes one input, and a reload brings back both and the difference', async () => {
    const { page, problems, context } = await open(browser, server.url);
    const pinned = await figures(page);
    const hp = await page.getByTestId('text-hp').inputValue();
    const doubled = String(Number(hp) * 2);
    await page.getByTestId('pin').click();
    await page.getByTestId('text-hp').fill(doubled);
    await page.getByTestId('text-hp').press('Enter');
    await page.waitForFunction((t) => document.querySelector('[data-testid=compare]').textContent.includes(t), `Hashprice $${hp}/PH/s/day → $${doubled}/PH/s/day`);
    await page.waitForTimeout(400);
    assert.match(page.url(), new RegExp(`hp=${doubled.replace('.', '\\.')}&ref=`));
    await page.reload();
    await ready(page);
    const now = await figures(page);
    const compare = await page.$$eval('[data-testid=compare] li', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(compare.slice(0, 3).map((l) => l.replace(/ \([^)]*\)$/, '')), lines(pinned, now));
    assert.equal(compare[3], `Changed: Hashprice $${hp}/PH/s/day → $${doubled}/PH/s/day.`);
    assert.equal(await page.getByTestId('text-hp').inputValue(), doubled);
    assert.match(await text(page, 'pin'), /Unpin/);
    const { csv, notes } = await downloadData(page);
    assert.match(csv.split('\n')[0], /,pinned_ai_cumulative_owners_cash_usd,/);
    assert.equal(typeof notes.wattsworth.pinned.verdict, 'string');
    const input = notes.wattsworth.inputs.find((i) => i.key === 'hp');
    assert.deepEqual([input.value, input.unit, input.pinned_value], [Number(doubled), '$/PH/s/day', Number(hp)]);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('an embed with controls=none shows the comparison its link carries', async () => {
    // The pinned scenario is the defaults (`ref=` empty): its figures are a plain page's.
    const plain = await open(browser, server.url);
    const pinned = await figures(plain.page);
    const hp = await plain.page.getByTestId('text-hp').inputValue();
    await plain.context.close();
    // The embed shows the verdict, not the key figures: they are read from the page itself.
    const full = await open(browser, `${server.url}?hp=57.36`);
    const now = await figures(full.page);
    await full.context.close();
    const { page, problems, context } = await open(browser, `${server.url}?embed=1&controls=none&hp=57.36&ref=`);
    assert.equal(await page.locator('input[type=range]').count(), 0);
    const compare = await page.$$eval('[data-testid=compare] li', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(compare.slice(0, 3).map((l) => l.replace(/ \([^)]*\)$/, '')), lines(pinned, now));
    assert.equal(compare[3], `Changed: Hashprice $${hp}/PH/s/day → $57.36/PH/s/day.`);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  for (const scheme of ['light', 'dark']) {
    it(`axe-core finds nothing serious or critical with a pinned scenario, ${scheme}`, async () => {
      const { page, context } = await open(browser, `${server.url}?hp=40&ref=&locale=de-DE&currency=EUR`, { colorScheme: scheme, bypassCSP: true });
      await page.waitForFunction(() => document.querySelector('[data-testid=compare] li'));
      await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`), []);
      await context.close();
    });
  }
});

describe('fact sheet', () => {
  // The sheet's width inside the print stylesheet's 12 mm margins, CSS px (96 to the inch).
  const printable = { A4: (210 - 24) / 25.4 * 96, Letter: (8.5 * 25.4 - 24) / 25.4 * 96 };
  for (const format of ['A4', 'Letter']) {
    it(`prints on one ${format} page, with the key inputs, their sources, two charts and the link`, async () => {
      const width = Math.floor(printable[format]);
      const { page, context } = await open(browser, `${server.url}?hp=40&ref=`, { viewport: { width, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      // What the probe found: sources cut off at the right edge. No line of text printed (the
      // sources' longest included) and no box reaches past the printable width.
      const past = await page.evaluate((w) => {
        const out = [];
        const shown = (e) => e.checkVisibility() && !e.closest('.sr-only');
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n; (n = walker.nextNode());) {
          if (!n.textContent.trim() || !n.parentElement || !shown(n.parentElement)) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) if (r.right > w + 0.5) out.push(`${Math.round(r.right)} px: ${n.textContent.trim().slice(0, 50)}`);
        }
        for (const e of document.querySelectorAll('body *')) {
          if (shown(e) && e.getBoundingClientRect().right > w + 0.5) out.push(`${e.tagName}.${e.className}: ${Math.round(e.getBoundingClientRect().right)} px`);
        }
        return out;
      }, width);
      assert.deepEqual(past, [], `${format}: ${width} px printable`);
      assert.equal(await page.locator('.fact-sheet').isVisible(), true);
      assert.match(await page.locator('.fact-sheet').textContent(), /Hashprice\$40\.00\/PH\/s\/day|Hashprice\$40\/PH\/s\/day/);
      assert.match(await page.locator('.fact-sheet').textContent(), /\?hp=40&ref=/);
      const shown = await page.$$eval('figure.chart', (fs) => fs.filter((f) => getComputedStyle(f).display !== 'none').map((f) => f.dataset.chart));
      assert.deepEqual(shown, ['cash', 'kwh']);
      const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.equal(pages, 1, `${format}: ${pages} pages`);
      await context.close();
    });
  }
});

describe('charts that describe themselves', () => {
  it('each chart is an image named by its title and described by its figures and takeaway, which follow the data', async () => {
    const { page, context } = await open(browser, server.url);
    const charts = await page.locator('figure.chart').count();
    assert.equal(charts, 9);
    for (let i = 0; i < charts; i++) {
      const canvas = page.locator(`[data-testid=chart-${i}] canvas`);
      assert.equal(await canvas.getAttribute('role'), 'img');
      assert.equal(await canvas.getAttribute('aria-label'), await page.textContent(`#chart-${i}-title`));
      const described = await page.textContent(`#${await canvas.getAttribute('aria-describedby')}`);
      assert.ok(described.includes(await text(page, `takeaway-${i}`)), `chart ${i}: ${described}`);
    }
    // The verdict's picture: each path's value today, ending at the values beside the verdict.
    const start = monthAfter(await page.locator('#start').inputValue());
    const esc = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const [mining, ai] = [await text(page, 'npv-mining'), await text(page, 'npv-ai')];
    assert.match(await text(page, 'desc-0'), new RegExp(`^Line chart of each path's value today, .+ from ${start}, .+: mining on ends at ${esc(mining)}, converting at ${esc(ai)}; the gap is the verdict's figure\\.`));
    // The cash chart: what it counts (the owners' cash on the default basis), from the start
    // month, and each line's range.
    const before = await text(page, 'desc-1');
    assert.match(before, new RegExp(`^Line chart of cumulative cash after tax and debt service, not discounted, month by month for .+ from ${start}: mining from −?\\$\\S+ to −?\\$\\S+, leasing it to an AI tenant from −?\\$\\S+ to −?\\$\\S+\\.`));
    await page.getByTestId('text-hp').fill('60');
    await page.getByTestId('text-hp').press('Enter');
    await page.waitForFunction((b) => document.querySelector('[data-testid=desc-1]').textContent !== b, before);
    await context.close();
  });
});

describe('sliders', () => {
  it('eight → presses on hashprice change the headline; Page Up moves about 10% of the track', async () => {
    const { page, context } = await open(browser, server.url);
    const slider = page.getByTestId('range-hp');
    const before = await text(page, 'headline');
    const start = Number(await slider.inputValue());
    await slider.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((b) => document.querySelector('[data-testid=headline]').textContent !== b, before);
    assert.notEqual(await page.getByTestId('text-hp').inputValue(), '28.68');
    const afterArrows = Number(await slider.inputValue());
    assert.ok(afterArrows - start >= 40, `eight arrows moved ${afterArrows - start} of 1000 positions`);
    await page.keyboard.press('PageUp');
    await page.waitForFunction((v) => Number(document.querySelector('[data-testid=range-hp]').value) !== v, afterArrows);
    const moved = Number(await slider.inputValue()) - afterArrows;
    assert.ok(moved >= 60 && moved <= 140, `Page Up moved ${moved} of 1000 positions`);
    // The value a key lands on is round, and read out with its unit in words.
    assert.match(await page.getByTestId('text-hp').inputValue(), /^\d+(\.5)?$/);
    assert.match(await slider.getAttribute('aria-valuetext'), /^\d+(\.5)? dollars per petahash per second per day$/);
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('[data-testid=text-hp]').value === '500');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('[data-testid=text-hp]').value === '1');
    await context.close();
  });

  it('at the defaults no thumb sits in the outer 5% of its track, and the median sits in the middle half', async () => {
    const { page, context } = await open(browser, server.url);
    const thumbs = [];
    for (const mode of ['mode-lease', 'mode-gpu']) {
      await page.getByTestId(mode).check();
      thumbs.push(...await page.$$eval('[data-testid^=range-]', (els) => els
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ key: el.dataset.testid.slice(6), at: Number(el.value) / Number(el.max), text: document.querySelector(`[data-testid=text-${el.dataset.testid.slice(6)}]`).value }))));
    }
    // Inputs whose default is the natural limit of their range sit exactly at that end; every
    // other thumb keeps clear of the ends.
    const atLimit = {
      curt: [0, 'no hours curtailed: the default power price is already net of credits'],
      share: [1, 'the whole site converted'],
      cvin: [0, 'converting starts now'],
      back: [0, 'no investment-grade backstop'],
      prep: [0, 'nothing paid in advance'],
      wrnt: [0, 'no warrants given'],
      bonus: [1, '100% bonus depreciation, the law since 2025'],
    };
    for (const [key, [end, why]] of Object.entries(atLimit)) {
      const at = thumbs.filter((t) => t.key === key).map((t) => t.at);
      assert.ok(at.length > 0 && at.every((a) => a === end), `${key} at ${end === 0 ? 'the start' : 'the end'} of its track (${why}): ${at}`);
    }
    const outer = thumbs.filter((t) => !(t.key in atLimit) && (t.at < 0.05 || t.at > 0.95));
    assert.deepEqual(outer, []);
    const sorted = thumbs.map((t) => t.at).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    assert.ok(median >= 0.25 && median <= 0.75, `median thumb at ${median}`);
    await context.close();
  });
});
