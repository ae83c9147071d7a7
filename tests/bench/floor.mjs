// Wattsworth against the floor page (../shared/floor-page: Leptos + one plotters chart), measured
// the same way in one run, alternating, so the machine's noise falls on both. Six rows, each on
// the page's own clock or Chromium's counters: first picture (first contentful paint), interactive
// (the first working slider exists, from a MutationObserver in the page: Wattsworth's first
// screen's, crates/first), whole (the app's own slider: every input there; the floor page's one
// slider is both), main-thread busy time per slider
// update p50 and p95 (Chromium's TaskDuration from before the input to after two animation frames
// and the task after them, 60 updates a round at positions spread over the slider's whole track;
// with the slider scrolled into view, as a reader dragging it has it, and, as "top", with the
// page as it opened),
// and transfer (gzip -9 of everything each page loads; brotli at its highest quality beside it).
// Two profiles: a laptop (1280 × 1000, no slowing) and a phone on a weak signal (390 × 844, the
// CPU slowed 4×, 150 ms round trip, 1.6 Mbit/s down, files served gzipped), which adds the bytes
// on the wire before interactive, by file. Prints medians over the rounds and the ratios. Run
// after `make build` and `../shared/floor-page/build.sh target/floor-dist`; PROFILES=phone runs one.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DIST, launch, serve } from '../e2e/harness.mjs';

const FLOOR = fileURLToPath(new URL('../../target/floor-dist/', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS || 3);
// Positions over the whole track, in an order that jumps about it (37 is prime to the steps).
const spread = (i, steps) => (i * 37) % (steps + 1);
const pages = {
  // The hashprice slider holds a position on a 1,000-step track (view::slider).
  // Its first screen (crates/first) has working key sliders before the app arrives: the first
  // of either is when the page is interactive; the app's is when every input is there.
  wattsworth: { root: DIST, slider: '[data-testid=range-hp]', first: '[data-testid=first-range-hp]', values: (i) => spread(i, 1000) },
  // The floor page's slider: 1 to 13 in steps of 0.1.
  floor: { root: FLOOR, slider: '#k', values: (i) => 1 + spread(i, 120) / 10 },
};

const PROFILES = {
  laptop: { context: { viewport: { width: 1280, height: 1000 } } },
  phone: {
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    cpu: 4,
    // Chromium's DevTools: bytes per second; latency is the round trip, in ms.
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 },
    gzip: true,
  },
};
const chosen = (process.env.PROFILES || 'laptop,phone').split(',');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

async function measure(browser, name, profile) {
  const { root, slider, first, values } = pages[name];
  const server = await serve(root, { gzip: Boolean(profile.gzip) });
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  // Interactive: when the first working slider is in the document, on the page's clock; whole:
  // when the app's own is.
  await page.addInitScript(({ slider, first }) => {
    new MutationObserver((_, obs) => {
      if (window.__interactive === undefined && document.querySelector(first ? `${first}, ${slider}` : slider)) window.__interactive = performance.now();
      if (document.querySelector(slider)) { window.__whole = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  }, { slider, first });
  await page.goto(server.url);
  await page.waitForSelector(slider);
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-working'), null, { timeout: 60000 });
  await page.waitForTimeout(300);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  const interactive = await page.evaluate(() => window.__interactive ?? NaN);
  const whole = await page.evaluate(() => window.__whole ?? NaN);
  // Bytes on the wire (the body as sent: gzipped where served so) of every file whose response
  // ended before the first slider existed, the page itself included.
  const early = await page.evaluate((t) => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.responseEnd <= t)
    .map((e) => [new URL(e.name).pathname.split('/').pop() || 'index.html', e.encodedBodySize]), interactive);
  const before_interactive = early.reduce((sum, [, bytes]) => sum + bytes, 0);
  // Main-thread time per update from Chromium's own counter (TaskDuration: every task, script,
  // style, layout and paint), read before the input and after the frame that follows it and the
  // task after that, so work a page defers to its next animation frame is counted too.
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const updates = async () => {
    const busy = [];
    for (let i = 0; i < 60; i++) {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      const before = await taskSeconds();
      await page.evaluate(({ slider, v }) => new Promise((resolve) => {
        const el = document.querySelector(slider);
        el.value = String(v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        // Two frames, then the task after them: work a page defers to a frame is counted.
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(0); }, 0)));
      }), { slider, v: values(i) });
      busy.push((await taskSeconds() - before) * 1000);
    }
    return busy;
  };
  // First with the page as it opened (on a phone the slider is below the screen, and the answer
  // and its chart on it), then as a reader dragging it sees it: the slider scrolled into view.
  const top = await updates();
  await page.locator(slider).scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const busy = await updates();
  let transfer = 0;
  let brotli = 0;
  const best = { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } };
  for (const p of new Set(server.served.map((p) => (p === '/' ? '/index.html' : p)))) {
    const bytes = await readFile(join(root, p)).catch(() => Buffer.alloc(0));
    transfer += bytes.length && gzipSync(bytes, { level: 9 }).length;
    brotli += bytes.length && brotliCompressSync(bytes, best).length;
  }
  await context.close();
  await server.close();
  return { first_picture: fcp, interactive, whole, before_interactive, early, busy_p50: pct(busy, 0.5), busy_p95: pct(busy, 0.95), busy_top_p50: pct(top, 0.5), busy_top_p95: pct(top, 0.95), transfer, brotli };
}

const browser = await launch();
const out = { rounds: ROUNDS };
for (const name of chosen) {
  const profile = PROFILES[name];
  const runs = { wattsworth: [], floor: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const page of r % 2 ? ['floor', 'wattsworth'] : ['wattsworth', 'floor']) runs[page].push(await measure(browser, page, profile));
  }
  const summary = {};
  const rows = ['first_picture', 'interactive', 'whole', 'busy_p50', 'busy_p95', 'busy_top_p50', 'busy_top_p95', 'transfer', ...(profile.network ? ['before_interactive'] : [])];
  for (const key of rows) {
    const bytes = key === 'transfer' || key === 'before_interactive';
    const w = median(runs.wattsworth.map((x) => x[key]));
    const f = median(runs.floor.map((x) => x[key]));
    summary[key] = { wattsworth: +w.toFixed(bytes ? 0 : 2), floor: +f.toFixed(bytes ? 0 : 2), ratio: +(w / f).toFixed(2) };
  }
  // Not a row: the same bytes as the transfer row, compressed with brotli as a host serving
  // the build's .br copies would send them.
  const [wb, fb] = [runs.wattsworth[0].brotli, runs.floor[0].brotli];
  summary.transfer.brotli = { wattsworth: wb, floor: fb, ratio: +(wb / fb).toFixed(2) };
  if (profile.network) summary.before_interactive.by_file = Object.fromEntries(runs.wattsworth[0].early);
  out[name] = summary;
}
await browser.close();
console.log(JSON.stringify(out, null, 2));
