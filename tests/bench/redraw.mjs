// Browser benchmark (a script, not a test): drags the hashprice slider through 100 values with
// all six charts on screen, and reports input-to-redraw times from the page's own performance
// marks ("ww-input" at the first input not yet redrawn, "ww-redraw" measured after the charts are drawn), and the
// gzipped size of everything the page loaded. Run after `make build`.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch, open, serve } from '../e2e/harness.mjs';

const server = await serve();
const browser = await launch();
const { page, problems } = await open(browser, server.url, { viewport: { width: 1400, height: 3200 } });
const onScreen = await page.$$eval('canvas', (cs) => cs.filter((c) => {
  const r = c.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight;
}).length);
await page.evaluate(() => performance.clearMeasures());
const slider = page.getByTestId('range-hp');
const box = await slider.boundingBox();
const y = box.y + box.height / 2;
await page.mouse.move(box.x + 2, y);
await page.mouse.down();
for (let i = 1; i <= 100; i++) {
  await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 100, y);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
}
await page.mouse.up();
await page.waitForTimeout(200);
const times = (await page.evaluate(() => performance.getEntriesByName('ww-redraw').map((e) => e.duration)))
  .sort((a, b) => a - b);
const pct = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];

// What the page itself loads, and what the service worker fetches after it to work offline.
const gzipped = async (p) => gzipSync(await readFile(join(DIST, p)), { level: 9 }).length;
const files = [...new Set(server.served.map((p) => (p === '/' ? '/index.html' : p)))];
const worker = new Set(['/sw.js', '/methodology.part.html']);
let page_gz = 0, worker_gz = 0;
const breakdown = {};
for (const p of files) {
  const size = await gzipped(p).catch(() => 0);
  breakdown[p.replace(/-[0-9a-f]{16}/, '-<hash>')] = size;
  if (worker.has(p)) worker_gz += size; else page_gz += size;
}
// The single-file build from disk, network off: time from navigation to the first chart drawn.
const single = (await readdir(DIST)).find((f) => /^wattsworth-\d+\.\d+\.\d+\.html$/.test(f));
const firstChart = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ offline: true });
  const p = await context.newPage();
  await p.goto(`file://${DIST}${single}`);
  await p.waitForFunction(() => performance.getEntriesByName('ww-first-chart').length > 0);
  firstChart.push(await p.evaluate(() => performance.getEntriesByName('ww-first-chart')[0].startTime));
  await context.close();
}
firstChart.sort((a, b) => a - b);

console.log(JSON.stringify({
  single_file: single,
  single_file_bytes: (await stat(join(DIST, single))).size,
  single_file_first_chart_ms_median_of_5: +firstChart[2].toFixed(0),
  charts_on_screen: onScreen,
  redraws: times.length,
  median_ms: +pct(0.5).toFixed(2),
  p95_ms: +pct(0.95).toFixed(2),
  max_ms: +times[times.length - 1].toFixed(2),
  page_transfer_gzip_bytes: page_gz,
  offline_precache_extra_gzip_bytes: worker_gz,
  gzip_bytes_by_file: breakdown,
  console_errors: problems.errors.length,
  foreign_requests: problems.foreign.length,
}, null, 2));
await browser.close();
await server.close();
