// Browser benchmark (a script, not a test): drags the hashprice slider through 100 values with
// all six charts on screen, and reports input-to-redraw times from the page's own performance
// marks ("ww-input" at the input event, "ww-redraw" measured after the charts are drawn), and the
// gzipped size of everything the page loaded. Run after `make build`.
import { readFile } from 'node:fs/promises';
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

let raw = 0, gz = 0;
const files = [...new Set(server.served)].filter((p) => p !== '/');
for (const p of ['/index.html', ...files]) {
  try {
    const bytes = await readFile(join(DIST, p));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  } catch { /* a 404, counted nowhere */ }
}
console.log(JSON.stringify({
  charts_on_screen: onScreen,
  redraws: times.length,
  median_ms: +pct(0.5).toFixed(2),
  p95_ms: +pct(0.95).toFixed(2),
  max_ms: +times[times.length - 1].toFixed(2),
  files: files.length + 1,
  transfer_bytes: raw,
  transfer_gzip_bytes: gz,
  console_errors: problems.errors.length,
  foreign_requests: problems.foreign.length,
}, null, 2));
await browser.close();
await server.close();
