// Not a test: opens the built page with a query and saves a screenshot, for looking at changes.
// node tests/e2e/look.mjs '<query>' out.png [width] [dark]
import { launch, serve } from './harness.mjs';
const [query = '', out = '/tmp/shots/look.png', width = '1280', dark = ''] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
const page = await context.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(`${server.url}${query}`);
await page.waitForSelector('[data-testid=verdict]');
await page.waitForTimeout(800);
console.log(await page.textContent('[data-testid=headline]'));
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
await server.close();
