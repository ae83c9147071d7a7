// Ad-hoc: screenshots of each chart figure (not a test): node tests/e2e/zz_figs.mjs [query] [name] [width] [scheme]
import { serve, launch, open, ready } from './harness.mjs';
const [q = '', name = 'fig', width = '1280', scheme = 'light'] = process.argv.slice(2);
const srv = await serve();
const browser = await launch();
const { page, problems } = await open(browser, srv.url + (q ? '?' + q : ''), { viewport: { width: +width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
await ready(page);
const figs = await page.$$('figure.chart');
for (const [i, f] of figs.entries()) {
  await f.scrollIntoViewIfNeeded(); await page.waitForTimeout(200);
  await ready(page);
  await f.screenshot({ path: `/tmp/shots/${name}-chart${i}.png` });
}
console.log('errors', JSON.stringify(problems.errors));
await browser.close(); await srv.close();
