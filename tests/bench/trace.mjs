// Where a slider update's main-thread time goes, by kind of work: Chromium's trace
// (devtools.timeline) over 40 updates of a page's slider, scrolled into view, summed by event
// name on the renderer's main thread (script, style, layout, pre-paint, paint, commit...), the
// page and the floor page side by side. The phone profile (390 × 844, CPU slowed 4×) unless
// LAPTOP=1. Run after `make build` and `../shared/floor-page/build.sh target/floor-dist`:
//   node tests/bench/trace.mjs
import { fileURLToPath } from 'node:url';
import { DIST, launch, serve } from '../e2e/harness.mjs';

const FLOOR = fileURLToPath(new URL('../../target/floor-dist/', import.meta.url));
const laptop = Boolean(process.env.LAPTOP);
const N = 40;
const pages = {
  wattsworth: { root: process.env.DIST_DIR || DIST, slider: '[data-testid=range-hp]', value: (i) => (i * 37) % 1001 },
  floor: { root: FLOOR, slider: '#k', value: (i) => 1 + ((i * 37) % 121) / 10 },
};

async function trace(browser, name) {
  const { root, slider, value } = pages[name];
  const server = await serve(root);
  const context = await browser.newContext(laptop ? { viewport: { width: 1280, height: 1000 } }
    : { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector(slider);
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-working'), null, { timeout: 60000 });
  await page.locator(slider).scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  if (!laptop) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,v8.execute', transferMode: 'ReportEvents' });
  for (let i = 0; i < N; i++) {
    await page.evaluate(({ slider, v }) => new Promise((resolve) => {
      const el = document.querySelector(slider);
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }), { slider, v: value(i) });
  }
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  await server.close();
  // The renderer's main thread: the one with the most top-level RunTask time in the page's process.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tid = main?.tid;
  const pid = main?.pid;
  const sums = new Map();
  let tasks = 0;
  for (const e of events) {
    if (e.tid !== tid || e.pid !== pid || e.ph !== 'X' || !e.dur) continue;
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') tasks += e.dur;
    sums.set(e.name, (sums.get(e.name) || 0) + e.dur);
  }
  return { tasks: tasks / 1000 / N, sums };
}

const browser = await launch();
const w = await trace(browser, 'wattsworth');
const f = await trace(browser, 'floor');
await browser.close();
const names = new Set([...w.sums.keys(), ...f.sums.keys()]);
const rows = [...names].map((n) => [n, (w.sums.get(n) || 0) / 1000 / N, (f.sums.get(n) || 0) / 1000 / N])
  .filter(([, a, b]) => a > 0.05 || b > 0.05).sort((a, b) => b[1] - a[1]);
console.log(`ms per update (events nest, so rows overlap): ${laptop ? 'laptop' : 'phone, CPU 4×'}\n${'event'.padEnd(44)} wattsworth   floor`);
console.log(`${'tasks (top level)'.padEnd(44)} ${w.tasks.toFixed(2).padStart(9)} ${f.tasks.toFixed(2).padStart(7)}`);
for (const [n, a, b] of rows.slice(0, 40)) console.log(`${n.slice(0, 44).padEnd(44)} ${a.toFixed(2).padStart(9)} ${b.toFixed(2).padStart(7)}`);
