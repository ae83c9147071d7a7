// Where a slider update's main-thread time goes: Chromium's sampling profiler over 60 updates of
// the hashprice slider at positions across its whole track (two frames awaited after each), self
// time summed by function and by crate. Run on a build that keeps the wasm's names:
//   node tests/bench/profile.mjs DIST_DIR
// (add `-g` to `data-wasm-opt-params` in index.html, `trunk build --release --dist DIST_DIR`,
// and put index.html back: docs/performance.md.) PHONE=1 profiles the phone (390 × 844, the CPU
// slowed 4×, the slider scrolled into view, as a reader sees it while dragging).
import { launch, serve } from '../e2e/harness.mjs';

const root = process.argv[2];
const server = await serve(root);
const browser = await launch();
const phone = Boolean(process.env.PHONE);
const context = await browser.newContext(phone
  ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 }
  : { viewport: { width: 1280, height: 1000 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('[data-testid=range-hp]');
await page.waitForFunction(() => !document.documentElement.hasAttribute('data-working'), null, { timeout: 30000 });
const cdp = await context.newCDPSession(page);
if (phone) {
  await page.locator('[data-testid=range-hp]').scrollIntoViewIfNeeded();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}
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
// Time in a function and all it calls, by function (a function that calls itself counted once).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const inclusive = new Map();
for (const n of profile.nodes) {
  const us = dt.get(n.id) || 0;
  const name0 = n.callFrame.functionName;
  if (!us || name0 === '(idle)' || name0 === '(program)') continue;
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const name = byId.get(id).callFrame.functionName;
    if (!name || seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) || 0) + us);
  }
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, us]) => `${(us / 1000 / 60).toFixed(2).padStart(6)} ms/update  ${(100 * us / total).toFixed(1).padStart(5)}%  ${n.slice(0, 110)}`);
console.log(`busy (sampled, not idle) per update: ${(total / 1000 / 60).toFixed(2)} ms\n\nBy crate:\n${top(byCrate, 20).join('\n')}\n\nBy function:\n${top(byName, 40).join('\n')}\n\nBy function, with what it calls (wasm):\n${top(new Map([...inclusive].filter(([n]) => n.includes('::'))), 40).join('\n')}\n\nThe page's and view's own, with what they call:\n${top(new Map([...inclusive].filter(([n]) => /^(<)?(wattsworth|view|economics)::/.test(n))), 30).join('\n')}`);
