// Where a slider update's main-thread time goes: Chromium's sampling profiler over 60 updates of
// the hashprice slider at positions across its whole track (two frames awaited after each), self
// time summed by function and by crate. Run on a build that keeps the wasm's names:
//   node tests/bench/profile.mjs DIST_DIR
// (add `-g` to `data-wasm-opt-params` in index.html, `trunk build --release --dist DIST_DIR`,
// and put index.html back: docs/performance.md.)
import { launch, serve } from '../e2e/harness.mjs';

const root = process.argv[2];
const server = await serve(root);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('[data-testid=range-hp]');
await page.waitForFunction(() => !document.documentElement.hasAttribute('data-working'), null, { timeout: 30000 });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 60; i++) {
  await page.evaluate((v) => new Promise((resolve) => {
    const el = document.querySelector('[data-testid=range-hp]');
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }), (i * 37) % 1001);
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

// Self time per node from the samples.
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) || 0) + (profile.timeDeltas[i] || 0));
const byName = new Map();
const byCrate = new Map();
let total = 0;
for (const n of profile.nodes) {
  const us = dt.get(n.id) || 0;
  const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'program'})`;
  if (name === '(idle)' || name === '(program)') continue;
  total += us;
  byName.set(name, (byName.get(name) || 0) + us);
  const crate = /^[a-z_]+::/.test(name) || /^<[a-z_]+::/.test(name) ? name.replace(/^</, '').split('::')[0] : (n.callFrame.url.endsWith('.wasm') ? 'wasm (other)' : (name.startsWith('(') ? name : 'JS'));
  byCrate.set(crate, (byCrate.get(crate) || 0) + us);
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, us]) => `${(us / 1000 / 60).toFixed(2).padStart(6)} ms/update  ${(100 * us / total).toFixed(1).padStart(5)}%  ${n.slice(0, 110)}`);
console.log(`busy (sampled, not idle) per update: ${(total / 1000 / 60).toFixed(2)} ms\n\nBy crate:\n${top(byCrate, 20).join('\n')}\n\nBy function:\n${top(byName, 40).join('\n')}`);
