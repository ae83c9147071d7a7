// The answer on the calculator page: the verdict and its basis line agree with the figures
// beside them and with the inputs; a lease and a GPU cloud, presets, the years after the
// contract, the rates (one per risk, or one for everything), cautions, and market data's dates.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dollars, fromApi, launch, monthAfter, open, serve, text } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** `text` to be matched literally inside a RegExp. */
const esc = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function clean(problems) {
  assert.deepEqual(problems.errors, [], 'console errors');
  assert.deepEqual(problems.foreign, [], 'requests to other origins');
}

describe('the answer', () => {
  it('loads with a verdict, its basis and dates, nine charts and their takeaways, and no errors', async () => {
    const { page, problems, context } = await open(browser, server.url);
    const input = async (key) => page.getByTestId(`text-${key}`).inputValue();
    const start = await page.locator('#start').inputValue();
    const [mw, yrs, cvin, conv, ramp, dscr, rown, rmine, tail] = await Promise.all(['mw', 'yrs', 'cvin', 'conv', 'ramp', 'dscr', 'rown', 'rmine', 'tail'].map(input));
    // The verdict: what converting adds or loses in today's money, and what mining on is worth;
    // quotable in at most 32 words.
    const verdict = await text(page, 'verdict');
    assert.ok(verdict.split(/\s+/).length <= 32, `${verdict.split(/\s+/).length} words: ${verdict}`);
    const said = new RegExp(`^Leasing this ${mw} MW site to an AI tenant instead of mining (adds|loses) (\\S+) in today's money; mining on is worth (\\S+)\\.$`).exec(verdict);
    assert.ok(said, `${mw} MW: ${verdict}`);
    // It agrees with the figures beside it.
    const [mining, ai] = [dollars(await text(page, 'npv-mining')), dollars(await text(page, 'npv-ai'))];
    assert.equal(said[1] === 'adds', ai > mining, `${said[1]}, values ${mining} and ${ai}`);
    assert.ok(Math.abs(dollars(said[2]) - Math.abs(ai - mining)) <= 0.1e6, `${said[2]} against ${ai} − ${mining}`);
    assert.equal(said[3], await text(page, 'npv-mining'));
    // Its basis, the line under it: tax and borrowing, the rates for rent on the tenant's credit
    // and for mining, the years counted after the contract, and the contract's dates.
    const basis = await text(page, 'basis');
    const [from, to] = [monthAfter(start, Number(cvin) + Number(conv)), monthAfter(start, Number(cvin) + Number(conv) + Number(yrs) * 12 - 1)];
    const based = new RegExp(`^After tax, ([\\d.]+)% borrowed; rent at ${esc(rown)}%, mining at ${esc(rmine)}%; ${esc(tail)} years after the contract counted; contract ${from} to ${to}\\.$`).exec(basis);
    assert.ok(based, `basis (${rown}% and ${rmine}%, ${tail} years after a contract from ${from} to ${to}): ${basis}`);
    // The share borrowed is the loan's in the details, the most the cover covenant allows.
    const details = await page.textContent('[data-testid=more-figures] .details');
    assert.match(details, new RegExp(`borrowed \\(${esc(based[1])}% of the cost: the most the ${esc(dscr)}× covenant allows`));
    // What its words mean, each one a word the verdict or its basis uses.
    assert.deepEqual(await page.$$eval('[data-testid=terms] dt', (dts) => dts.map((d) => d.textContent)), ["In today's money", 'Rates', 'Borrowed', 'After the contract']);
    // How sure, once the analyses for this scenario are done; then the other ways to count it,
    // the years after the contract left out among them.
    assert.match(await text(page, 'how-sure'), /^How sure: the answer (turns the other way|holds) .+\./);
    assert.match(await text(page, 'other-views'), /Another view: Counting the contract years only, with nothing after them: (converting|mining) ahead by \$[\d.]+[KMB]\./);
    // Per kWh, in the first full year of AI operation, with the multiple the figures give.
    const kwh = await text(page, 'kwh');
    const year = monthAfter(start, Number(cvin) + Number(conv) + Number(ramp));
    const [util, gpmw, asOf] = [await input('util'), await input('gpmw'), (await text(page, 'as-of-gph')).replace(/^as of /, '')];
    const multiple = new RegExp(`^Per kWh of grid capacity, in the first full year of AI operation \\(from ${year}\\), AI takes in ([\\d.]+)× mining's gross revenue, before any capex — not 25×; a GPU cloud reaches it at \\$[\\d.]+/GPU-hour or more \\(price as of ${asOf}, ${util}% utilisation, ${gpmw} GPUs per MW of IT\\)\\.$`).exec(kwh);
    assert.ok(multiple, kwh);
    const perKwh = await page.$$eval('.figures dd', (dds) => dds.slice(2).map((d) => Number(d.textContent.replace(/[^\d.]/g, ''))));
    assert.ok(Math.abs(Number(multiple[1]) - perKwh[1] / perKwh[0]) <= 0.15, `${multiple[1]}× against ${perKwh}`);
    // The verdict's own picture first, then the others.
    const charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => `${f.dataset.testid}:${f.dataset.chart}`));
    assert.deepEqual(charts, ['value', 'cash', 'annual', 'kwh', 'tornado', 'map', 'fan', 'cover', 'when'].map((c, i) => `chart-${i}:${c}`));
    for (let i = 0; i < charts.length; i++) assert.ok((await text(page, `takeaway-${i}`)).length > 20, `takeaway ${i}`);
    clean(problems);
    await context.close();
  });

  it('switching lease / GPU cloud and choosing presets changes the answer', async () => {
    const { page, problems, context } = await open(browser, server.url);
    const shown = (key) => page.getByTestId(`range-${key}`).isVisible();
    const inputs = async () => [await shown('gph'), await shown('tail'), await shown('rent'), await shown('firm')];
    // The tenant pays for power: no firm-power premium for a lease.
    assert.deepEqual(await inputs(), [false, true, true, false], 'a lease: its inputs, no GPU price, no firm-power premium');
    const lease = await text(page, 'verdict');
    await page.getByTestId('mode-gpu').check();
    await page.waitForFunction((h) => document.querySelector('[data-testid=verdict]').textContent !== h, lease);
    assert.match(await text(page, 'verdict'), /GPU cloud/);
    // The lease's rent and its years after the contract stay, for the hall leased once the GPUs
    // wear out and let again after the contract; a GPU cloud sells power it must keep firm.
    assert.deepEqual(await inputs(), [true, true, true, true], 'a GPU cloud');
    // A preset states whose terms the answer is on and from when, sets the deal's own terms, and
    // says so in a sentence whose sources are a click away.
    for (const id of ['iren', 'csc']) {
      const was = await text(page, 'verdict');
      await page.getByTestId('preset').selectOption(id);
      await page.waitForFunction((h) => document.querySelector('[data-testid=verdict]').textContent !== h, was);
      assert.equal(await page.getByTestId('preset-note').evaluate((d) => d.open), false, `${id}: the note closed`);
      const note = await page.textContent('[data-testid=preset-note] > summary');
      const deal = note.match(/^(\d+) MW of IT, (\d+) years/);
      assert.ok(deal, note);
      const input = (key) => page.getByTestId(`text-${key}`).inputValue();
      const [mw, yrs, pue, cvin, conv] = [await input('mw'), await input('yrs'), Number(await input('pue')), Number(await input('cvin')), Number(await input('conv'))];
      assert.ok(Math.abs(Number(mw) - Number(deal[1]) * pue) < 1e-9, `${id}: grid power ${mw} is the deal's ${deal[1]} MW of IT × the default PUE ${pue}`);
      assert.equal(yrs, deal[2], `${id}: the deal's term`);
      const ym = await page.locator('#start').inputValue();
      const said = new RegExp(`^On .+ terms, (leasing|a GPU cloud on) this ${mw} MW site from ${monthAfter(ym)} (adds|loses) \\$[\\d.]+[KMB] in today's money (over|against) (keeping its miners|leaving it dark)\\.$`).exec(await text(page, 'verdict'));
      assert.ok(said, `${id}: ${await text(page, 'verdict')}`);
      const [mining, ai] = [dollars(await text(page, 'npv-mining')), dollars(await text(page, 'npv-ai'))];
      assert.equal(said[2] === 'adds', ai > mining, `${id}: ${said[2]}, values ${mining} and ${ai}`);
      // The figure beside converting's names what the site does otherwise, as the verdict does.
      assert.equal(await text(page, 'npv-mining-label'), `${said[4] === 'leaving it dark' ? 'Left dark' : 'Mining on'}, value today`, id);
      assert.match(await text(page, 'basis'), new RegExp(`; contract ${monthAfter(ym, cvin + conv)} to ${monthAfter(ym, cvin + conv + Number(yrs) * 12 - 1)}; hypothetical start ${monthAfter(ym)}(; .+)?\\.$`), id);
    }
    const rent = await fromApi(browser, server.url, (api) => api.preset('csc').lease.usd_per_kw_month);
    assert.equal(await page.getByTestId('text-rent').inputValue(), String(Number(rent.toFixed(4))), `the solved rent, ${rent}`);
    assert.match(await page.textContent('[data-testid=preset-note] > p'), /Set by the preset: Grid power: assumed .*; Contract length: from the deal .*; Starting lease rate: from the deal \(solved so that rent booked over the term equals the deal's value/);
    clean(problems);
    await context.close();
  });

  it('states the answer with and without the years after the contract, and the switch flips them', async () => {
    const { page, problems, context } = await open(browser, server.url);
    // Who is ahead and by how much, in the verdict and in the other view that counts the other way.
    const lead = (verdict) => {
      const [, verb, amount] = / (adds|loses) (\S+) in today's money/.exec(verdict);
      return `${verb === 'loses' ? 'mining' : 'converting'} ahead by ${amount}`;
    };
    const tail = await page.getByTestId('text-tail').inputValue();
    const on = await text(page, 'verdict');
    assert.match(await text(page, 'basis'), new RegExp(`; ${esc(tail)} years after the contract counted; `), 'counted by default');
    const views = () => text(page, 'other-views');
    const only = /Counting the contract years only, with nothing after them: ((converting|mining) ahead by \$[\d.]+[KMB])\./.exec(await views());
    assert.ok(only, await views());
    await page.getByTestId('toggle-tv').uncheck();
    await page.waitForFunction((h) => document.querySelector('[data-testid=verdict]').textContent !== h, on);
    const off = await text(page, 'verdict');
    assert.equal(lead(off), only[1], `${off} should lead with ${only[1]}`);
    assert.match(await text(page, 'basis'), /; the contract years only; /);
    assert.ok((await views()).includes(`Counting ${tail} years after the contract (renewed or let again at the market rent): ${lead(on)}.`), await views());
    // The URL is written once the reader settles.
    await page.waitForFunction(() => location.search.includes('tv=0'));
    clean(problems);
    await context.close();
  });

  it('shows only the inputs that apply, and names combinations that describe no real site', async () => {
    // Mining's cash counted at no discount at all, with bitcoin up 50% a year and no network response.
    const { page, problems, context } = await open(browser, `${server.url}?net=0&btcg=50&hrg=-50&rmine=0`);
    assert.equal(await page.getByTestId('range-hrg').isVisible(), true);
    assert.equal(await page.getByTestId('range-mj').isVisible(), false, 'the response inputs are hidden with it off');
    const warnings = await text(page, 'warnings');
    assert.match(warnings, /Caution: Hashprice runs from .* outside anything seen/);
    assert.match(warnings, /worth more than \$1 trillion/);
    await page.getByTestId('toggle-net').check();
    await page.waitForFunction(() => !/trillion/.test(document.querySelector('[data-testid=warnings]').textContent));
    assert.equal(await page.getByTestId('range-hrg').isVisible(), false);
    assert.equal(await page.getByTestId('range-mj').isVisible(), true);
    clean(problems);
    await context.close();
  });

  it('never starts a valuation before its market data', async () => {
    const { page, problems, context } = await open(browser, `${server.url}?start=2025-01`);
    const used = /start 2025-01 is before the newest market data \((\d{4}-\d\d)\); used (\d{4}-\d\d)/.exec(await text(page, 'url-notice'));
    assert.ok(used && used[1] === used[2], await text(page, 'url-notice'));
    assert.equal(await page.locator('#start').inputValue(), used[2]);
    // The valuation starts with the market data; the contract once the conversion is done.
    const [cvin, conv] = [Number(await page.getByTestId('text-cvin').inputValue()), Number(await page.getByTestId('text-conv').inputValue())];
    assert.match(await page.textContent('[data-testid=more-figures] .details'), new RegExp(`Valued from ${monthAfter(used[2])} to `));
    assert.match(await text(page, 'basis'), new RegExp(`; contract ${monthAfter(used[2], cvin + conv)} to `));
    assert.equal(await text(page, 'as-of-hp'), `as of ${monthAfter(used[2])}`);
    clean(problems);
    await context.close();
  });

  it('counts every cash flow at one rate only with its switch on, and says so in the basis', async () => {
    const { page, problems, context } = await open(browser, server.url);
    assert.equal(await page.getByTestId('range-dr').isVisible(), false, 'the one rate hidden while each risk has its rate');
    const [verdict, basis] = [await text(page, 'verdict'), await text(page, 'basis')];
    assert.doesNotMatch(basis, /every cash flow/);
    // While its switch is off, the one rate in a link moves nothing.
    const dr = Number(await page.getByTestId('text-dr').inputValue());
    const linked = await open(browser, `${server.url}?dr=${dr + 5}`);
    assert.equal(await text(linked.page, 'verdict'), verdict, `dr=${dr + 5} with its switch off`);
    assert.match(await text(linked.page, 'unused'), /One rate for everything at .+ is not used .*\(onerate=1\)/);
    await linked.context.close();
    await page.getByTestId('toggle-onerate').check();
    await page.waitForFunction((b) => document.querySelector('[data-testid=basis]').textContent !== b, basis);
    assert.equal(await page.getByTestId('range-dr').isVisible(), true);
    assert.match(await text(page, 'basis'), new RegExp(`; every cash flow at ${esc(String(dr))}%; `));
    // With it on, the one rate moves the answer.
    const at = await text(page, 'verdict');
    await page.getByTestId('range-dr').focus();
    await page.keyboard.press('End');
    await page.waitForFunction((h) => document.querySelector('[data-testid=verdict]').textContent !== h, at);
    assert.match(await text(page, 'basis'), new RegExp(`; every cash flow at ${esc(await page.getByTestId('text-dr').inputValue())}%; `));
    await page.waitForFunction(() => /onerate=1/.test(location.search));
    clean(problems);
    await context.close();
  });

  it('during a drag the verdict and the figures follow each tick; the long paragraphs wait, marked busy, and catch up when it ends', async () => {
    // A window tall enough for the verdict, the chart and the figures at once: what is out of
    // view waits for the drag to end too.
    const { page, problems, context } = await open(browser, server.url, { viewport: { width: 1280, height: 1400 } });
    const paragraphs = ['[data-testid=why] p', '[data-testid=kwh]', '[data-testid=more-figures] .details'];
    const read = () => page.evaluate((ps) => ({
      verdict: document.querySelector('[data-testid=verdict]').textContent,
      mining: document.querySelector('[data-testid=npv-mining]').textContent,
      said: ps.map((p) => document.querySelector(p).textContent),
      busy: ps.map((p) => document.querySelector(p).getAttribute('aria-busy')),
      described: document.querySelector('[data-testid=desc-0]').textContent,
      takeaway: document.querySelector('[data-testid=takeaway-0]').textContent,
    }), paragraphs);
    const before = await read();
    assert.deepEqual(before.busy, ['false', 'false', 'false']);
    // Three slider positions a frame apart, as a pointer sends them, then a look before the drag
    // can have ended (it ends 250 ms after the last input).
    await page.evaluate(() => new Promise((resolve) => {
      const el = document.querySelector('[data-testid=range-hp]');
      const at = [700, 800, 900];
      const next = () => {
        if (!at.length) { requestAnimationFrame(() => requestAnimationFrame(resolve)); return; }
        el.value = String(at.shift());
        el.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(next);
      };
      next();
    }));
    const during = await read();
    assert.notEqual(during.verdict, before.verdict, 'the verdict follows the drag');
    assert.notEqual(during.mining, before.mining, 'the figures follow the drag');
    assert.notEqual(during.takeaway, before.takeaway, "the chart's takeaway follows the drag");
    assert.deepEqual(during.said, before.said, 'the long paragraphs wait');
    assert.deepEqual(during.busy, ['true', 'true', 'true']);
    assert.equal(during.described, before.described, "the chart's description waits for screen readers");
    // Once the drag ends, everything is for the scenario shown.
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-working'));
    const settled = await read();
    assert.deepEqual(settled.busy, ['false', 'false', 'false']);
    settled.said.forEach((t, i) => assert.notEqual(t, before.said[i], `${paragraphs[i]} caught up`));
    assert.ok(settled.described.endsWith(settled.takeaway), settled.described);
    assert.equal(settled.verdict, during.verdict);
    clean(problems);
    await context.close();
  });
});
