// Writes docs/screenshot.png: the page as a reader first sees it. Run after `make build`.
import { launch, open, serve } from './harness.mjs';
const server = await serve();
const browser = await launch();
const { page } = await open(browser, server.url, { viewport: { width: 1280, height: 1000 } });
await page.screenshot({ path: new URL('../../docs/screenshot.png', import.meta.url).pathname });
await browser.close();
await server.close();
