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
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
for (let i = 0; i < 60; i++) {
  await page.evaluate((v) => new Promise((resolve) => {
    const el = document.querySelector('[data-testid=range-hp]');
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }), (i * 37) % 1001);
}
await cdp.send('Tracing.end');
await done;
await browser.close(); await server.close();
// main renderer thread: the one with most RunTask
const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
const tids = new Map(); for (const t of tasks) tids.set(t.tid, (tids.get(t.tid) || 0) + t.dur);
const main = [...tids].sort((a, b) => b[1] - a[1])[0][0];
const sums = new Map();
for (const e of events) if (e.tid === main && e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) || 0) + e.dur);
console.log([...sums].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, d]) => `${(d / 1000 / 60).toFixed(2).padStart(7)} ms/update ${n}`).join('\n'));
