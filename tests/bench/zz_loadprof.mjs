import { launch, serve } from '../e2e/harness.mjs';
const root = process.argv[2];
const server = await serve(root);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
const page = await context.newPage();
await page.addInitScript(() => {
  new MutationObserver((_, obs) => { if (document.querySelector('[data-testid=range-hp]')) { window.__interactive = performance.now(); obs.disconnect(); } }).observe(document, { childList: true, subtree: true });
});
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(server.url);
await page.waitForSelector('[data-testid=range-hp]');
const { profile } = await cdp.send('Profiler.stop');
console.log('interactive', await page.evaluate(() => window.__interactive));
await browser.close(); await server.close();
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) || 0) + (profile.timeDeltas[i] || 0));
// inclusive time: build parent map
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
for (const n of profile.nodes) {
  const us = dt.get(n.id) || 0; if (!us) continue;
  const seen = new Set();
  for (let id = n.id; id !== undefined; id = parent.get(id)) {
    const name = nodes.get(id).callFrame.functionName; if (!name || seen.has(name)) continue; seen.add(name);
    incl.set(name, (incl.get(name) || 0) + us);
  }
}
console.log([...incl].filter(([n]) => /wattsworth|view::|economics|leptos|tachys|compile|instantiate|init/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 45).map(([n, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms ${n.slice(0, 120)}`).join('\n'));
