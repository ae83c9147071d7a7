// The data and the files that stand alone, read by the tools their readers use: the CSV opened
// by pandas with no options at all, its notes validated by Frictionless Data's own validator
// (both from .venv, which `scripts/setup.sh --test` makes from requirements-test.txt); a chart's
// PNG and SVG, named for the chart and the scenario, carrying the verdict, the basis, the key
// inputs, the data's date, the link and every caution; and the API's SVG the same.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { downloadData, fromApi, launch, open, serve, text } from './harness.mjs';

const run = promisify(execFile);
const VENV = fileURLToPath(new URL('../../.venv/bin/', import.meta.url));
let server, browser, dir;

before(async () => {
  await stat(`${VENV}python`).catch(() => {
    throw new Error('No .venv with pandas and frictionless: run `bash scripts/setup.sh --test` (or `make test`).');
  });
  server = await serve();
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'wattsworth-data-'));
});
after(async () => { await browser?.close(); await server?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

/** What pandas makes of `path`, read with `pandas.read_csv(path)` and nothing else. */
async function pandas(path) {
  const script = `
import json, sys, pandas
df = pandas.read_csv(sys.argv[1])
print(json.dumps({
  "shape": list(df.shape),
  "columns": list(df.columns),
  "numeric": [c for c in df.columns if pandas.api.types.is_numeric_dtype(df[c])],
  "months": [int(df["month"].iloc[0]), int(df["month"].iloc[-1])],
  "first_date": str(df["date"].iloc[0]),
  "last": {c: (None if pandas.isna(v) else float(v)) for c, v in df.iloc[-1].items() if c not in ("date", "pinned_date")},
}))`;
  const { stdout } = await run(`${VENV}python`, ['-c', script, path]);
  return JSON.parse(stdout);
}

/** The validator's report on the descriptor at `path`. */
async function frictionless(path) {
  const { stdout } = await run(`${VENV}frictionless`, ['validate', '--json', path], { cwd: dir }).catch((e) => e);
  return JSON.parse(stdout);
}

const money = (usd) => {
  const a = Math.abs(usd);
  const s = usd < 0 ? '−' : '';
  return a >= 1e9 ? `${s}$${(a / 1e9).toFixed(2)}B` : `${s}$${(a / 1e6).toFixed(1)}M`;
};

describe('the data', () => {
  for (const [query, name] of [
    ['mw=200&rent=140', 'wattsworth-mw200-rent140'],
    ['mw=150&ref=hp%3D40&currency=EUR&locale=de-DE', 'wattsworth-mw150-currencyeur'],
  ]) {
    it(`opens in pandas with no options and validates as a data package: ?${query}`, async () => {
      const { page, context, problems } = await open(browser, `${server.url}?${query}`, { acceptDownloads: true });
      const data = await downloadData(page);
      assert.equal(data.csvName, `${name}.csv`);
      assert.equal(data.notesName, 'datapackage.json');
      assert.match(await text(page, 'share-status'), /datapackage\.json/);
      const sub = await mkdtemp(join(dir, 'pkg-'));
      const files = await data.saved(sub);
      const df = await pandas(files.csv);
      const header = data.csv.split('\n')[0].split(',');
      assert.deepEqual(df.columns, header, 'one header row, read as the header');
      assert.equal(df.shape[1], header.length);
      assert.deepEqual(df.numeric, header.filter((h) => !/(^|_)date$/.test(h)), 'every column but the dates is a number');
      assert.equal(df.months[0], 1, 'months count from 1, as the page does');
      assert.equal(df.months[1], df.shape[0]);
      assert.match(df.first_date, /^\d{4}-\d{2}$/);
      // The descriptor lists exactly the CSV's columns, with a type, unit and description each.
      const fields = data.notes.resources[0].schema.fields;
      assert.deepEqual(fields.map((f) => f.name), header);
      assert.ok(fields.every((f) => f.type && f.unit && f.description), 'typed, with units and descriptions');
      assert.equal(data.notes.resources[0].path, data.csvName);
      // The notes carry what the table leaves out.
      const notes = data.notes.wattsworth;
      assert.equal(notes.verdict, await text(page, 'verdict'));
      assert.equal(notes.scenario, `${server.url}?${query}&mv=6`);
      assert.match(data.notes.description, /Market data as of /);
      assert.ok(notes.cautions.every((c) => c.message.length > 10));
      assert.ok(notes.inputs.find((i) => i.key === 'cap').source.length > 10, 'each input with its source');
      // What the columns sum to is what their names say: net of fees, under the gross figure.
      if (!query.includes('currency')) {
        const net = data.csv.trim().split('\n').slice(1).map((l) => Number(l.split(',')[header.indexOf('ai_borrowed_net_of_fees_usd')])).reduce((a, b) => a + b, 0);
        assert.ok(net > 0 && net < notes.figures.debt.borrowed_gross_usd, `${net} net against ${notes.figures.debt.borrowed_gross_usd} gross`);
        assert.equal(money(df.last.ai_discounted_cumulative_owners_cash_usd), await text(page, 'npv-ai'));
        assert.equal(money(df.last.mining_discounted_cumulative_owners_cash_usd), await text(page, 'npv-mining'));
      } else {
        assert.ok(header.includes('pinned_date') && header.includes('pinned_ai_owners_cash_eur'), 'the pinned scenario beside it, in euros');
        assert.equal(notes.inputs.find((i) => i.key === 'hp').pinned_value, 40);
        assert.match(notes.money, /^Money in the table is in EUR at 0\.86 per US dollar/);
      }
      const report = await frictionless(files.notes);
      assert.equal(report.valid, true, JSON.stringify(report.tasks?.map((t) => t.errors), null, 1));
      assert.deepEqual(problems.errors, []);
      await context.close();
    });
  }
});

describe('charts that stand alone', () => {
  it('a PNG and an SVG carry the takeaway, verdict, basis, key inputs, data date, link and cautions, named for the chart and scenario', async () => {
    // A site big enough to carry a caution: the network held at twice its fleet.
    const { page, context } = await open(browser, `${server.url}?mw=2000&rent=140`, { acceptDownloads: true });
    const [verdict, basis] = [await text(page, 'verdict'), await text(page, 'basis')];
    // The answer's own picture, the value chart, first; then the map.
    const takeaway = await text(page, 'takeaway-0');
    const caution = (await text(page, 'warnings')).replace(/^Caution: /, '');
    assert.ok(caution.length > 10, `a caution: ${caution}`);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('png-0').click()]);
    assert.equal(png.suggestedFilename(), 'wattsworth-value-mw2000-rent140.png');
    const bytes = await readFile(await png.path());
    assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
    assert.equal(bytes.readUInt32BE(16), 1920);
    assert.ok(bytes.readUInt32BE(20) > 1200, 'taller than the chart alone: the notes are drawn under it');
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart=map] [data-testid^=svg-]').click()]);
    assert.equal(svgFile.suggestedFilename(), 'wattsworth-map-mw2000-rent140.svg');
    const svg = await readFile(await svgFile.path(), 'utf8');
    assert.match(svg, /^<svg[^>]+>\n<title>Break-even map: where converting wins<\/title>\n<desc>Heat map of the AI advantage/);
    const unescape = (t) => t.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
    const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]).trim()).join(' ');
    const said = drawn.replace(/\s+/g, ' ');
    for (const part of [`The answer: ${verdict}`, `Caution: ${caution}`, `Basis: ${basis}`, 'conversion capex $10M per MW of IT',
      'Market data as of', `Scenario: ${server.url}?mw=2000&rent=140`]) {
      assert.ok(said.includes(part), `${part} in ${said}`);
    }
    // Its legend's ends carry their signs.
    assert.match(said, /−\$[\d.]+[MB] .*\+\$[\d.]+[MB]|\+\$[\d.]+[MB] .*−\$[\d.]+[MB]/);
    const [value] = await Promise.all([page.waitForEvent('download'), page.getByTestId('svg-0').click()]);
    const valueSvg = (await readFile(await value.path(), 'utf8'));
    assert.ok(valueSvg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').includes(takeaway.slice(0, 60)), 'the takeaway as the page writes it');
    await context.close();
  });

  it('the API draws the same sheet, with the link it is given', async () => {
    const { page, context } = await open(browser, `${server.url}?mw=250`);
    const verdict = await text(page, 'verdict');
    const title = await page.textContent('[data-chart=cash] h2');
    await context.close();
    // Chart 0 of the API is the cash chart: its indices never change as charts are added.
    const svg = await fromApi(browser, server.url, (api, link) => api.chart_svg('mw=250', 0, link), 'https://example.org/w/?mw=250');
    const unescape = (t) => t.replaceAll('&apos;', "'").replaceAll('&amp;', '&');
    assert.ok(unescape(svg).includes(`<title>${title}</title>`), svg.slice(0, 400));
    assert.ok(svg.includes('Scenario: https://example.org/w/?mw=250') && unescape(svg).includes(`The answer: ${verdict}`), svg.slice(0, 400));
    const bare = await fromApi(browser, server.url, (api) => api.chart_svg('mw=250', 6));
    assert.ok(bare.includes('Scenario: ?mw=250'));
  });
});
