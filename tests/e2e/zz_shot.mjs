// Ad-hoc screenshots (not a test): node tests/e2e/zz_shot.mjs [query] [name]
import { serve, launch, open, ready } from './harness.mjs';
const q = process.argv[2] || '';
const name = process.argv[3] || 'shot';
const srv = await serve();
const browser = await launch();
for (const [w, h, scheme, mobile] of [[1280, 900, 'light', false], [390, 844, 'dark', true]]) {
  const { page, problems } = await open(browser, srv.url + (q ? '?' + q : ''), { viewport: { width: w, height: h }, colorScheme: scheme, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
  const t0 = Date.now();
  await ready(page);
  console.log(`${w}: ready in ${Date.now() - t0} ms; errors: ${JSON.stringify(problems.errors)}`);
  for (const f of await page.$$('figure.chart')) { await f.scrollIntoViewIfNeeded(); await page.waitForTimeout(150); }
  await page.evaluate(() => window.scrollTo(0, 0));
  await ready(page);
  await page.screenshot({ path: `/tmp/shots/${name}-${w}.png`, fullPage: true });
  await page.screenshot({ path: `/tmp/shots/${name}-${w}-top.png` });
  const text = await page.evaluate(() => [...document.querySelectorAll('[data-testid=verdict], [data-testid=how-sure], .details, [data-testid^=takeaway-]')].map((e) => e.textContent).join('\n'));
  if (w === 1280) console.log(text);
  await page.context().close();
}
await browser.close();
await srv.close();
