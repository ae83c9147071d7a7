// The JavaScript API example returns the same NPVs as the page for the same scenario.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const money = (usd) => {
  const a = Math.abs(usd);
  const s = usd < 0 ? '−' : '';
  if (a >= 1e9) return `${s}$${(a / 1e9).toFixed(2)}B`;
  if (a >= 1e6) return `${s}$${(a / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `${s}$${(a / 1e3).toFixed(0)}k`;
  return `${s}$${a.toFixed(0)}`;
};

for (const mw of [100, 250]) {
  it(`compute() in JavaScript matches the page for a ${mw} MW site`, async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await p.goto(`${server.url}api-example.html?mw=${mw}`);
    await p.waitForFunction(() => document.getElementById('out').textContent.startsWith('{'));
    const api = JSON.parse(await p.textContent('#out'));
    assert.equal(api.grid_mw, mw);
    assert.match(api.invalid_scenario_error, /mw = -1 \(allowed 1 to 2000 MW\)/);
    const calc = await open(browser, `${server.url}?mw=${mw}`);
    assert.equal(money(api.mining_npv_usd), await calc.page.textContent('[data-testid=npv-mining]'));
    assert.equal(money(api.ai_npv_usd), await calc.page.textContent('[data-testid=npv-ai]'));
    assert.deepEqual(calc.problems.errors, []);
    await calc.context.close();
    assert.deepEqual(errors, []);
    await ctx.close();
  });
}
