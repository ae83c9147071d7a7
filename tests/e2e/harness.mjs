// Shared by the browser tests and the benchmark: serves dist/ on loopback, launches Debian's
// Chromium through playwright-core, and records console errors and every request's origin.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png',
};

/**
 * Serves `root` on 127.0.0.1 at a free port, under `prefix` (a sub-path such as '/news/calc/'),
 * with `Access-Control-Allow-Origin: *` as the README's hosting section asks (sandboxed frames
 * have an opaque origin, so their module and wasm requests are cross-origin).
 * `pages` maps extra paths to HTML served from memory (host pages for embed tests); `cors: false`
 * leaves the header out, as many CMSs do; `gzip: true` sends each file gzip -9'd to a browser that
 * accepts it, as a host would (the benchmark's phone profile).
 * Returns { url, close, served } (served: paths below the prefix).
 */
export async function serve(root = DIST, { prefix = '/', pages = {}, cors = true, gzip = false } = {}) {
  const served = [];
  const zipped = new Map();
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[full]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[full]);
      return;
    }
    if (!full.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    const path = '/' + full.slice(prefix.length);
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    served.push(path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      await stat(file);
      const zip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
        ...(zip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      if (zip && !zipped.has(file)) zipped.set(file, gzipSync(await readFile(file), { level: 9 }));
      res.end(zip ? zipped.get(file) : await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: `${origin}${prefix}`, served, close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that records console errors, page errors and requests to other origins, at `url`
 * (a host page, say, whose frame is waited for by the caller). */
export async function visit(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { errors: [], foreign: [] };
  const origin = new URL(url).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.errors.push(m.text()); });
  page.on('pageerror', (e) => problems.errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.foreign.push(u);
  });
  await page.goto(url);
  return { page, context, problems };
}

/** The calculator at `url`, recording its problems as [`visit`] does, once it is ready. */
export async function open(browser, url, options = {}) {
  const opened = await visit(browser, url, options);
  await ready(opened.page);
  return opened;
}

/** Waits until the headline and every chart have been drawn, and the analyses run in the
 * background (tornado, map, sweep, fan) are done. */
export async function ready(page) {
  await page.waitForSelector('[data-testid=verdict]:not(:empty)', { timeout: 15000 });
  await page.waitForFunction(() => {
    const canvases = [...document.querySelectorAll('canvas')];
    return canvases.length > 0 && canvases.length === document.querySelectorAll('figure.chart').length
      && canvases.every((c) => c.width > 10) && !document.documentElement.hasAttribute('data-working');
  }, null, { timeout: 30000 });
}

/** A short fingerprint of every canvas's pixels, to tell whether the charts were redrawn. */
export async function chartPrints(page) {
  return page.$$eval('canvas', (cs) => cs.map((c) => {
    const d = c.toDataURL();
    let h = 0;
    for (let i = 0; i < d.length; i += 7) h = (h * 31 + d.charCodeAt(i)) | 0;
    return `${c.width}x${c.height}:${h}`;
  }));
}

export const text = (page, id) => page.textContent(`[data-testid=${id}]`);

/** The month `k` months after `ym` ('2027-01', as the start month's box holds it), written as the
 * page writes months in en-US: 'May 2028'. Tests compute the verdict's dates with it. */
export function monthAfter(ym, k = 0) {
  const [year, month] = ym.split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1 + k));
}

/** A sum of money as the page writes it in en-US (`$39.0M`, `−$18.3M`, `+$761K`, `$1.25B`), in
 * dollars; NaN if it is not one. */
export function dollars(written) {
  const m = /^([+−-]?)\$([\d,]+(?:\.\d+)?)([KMB]?)$/.exec(written.trim());
  if (!m) return NaN;
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[m[3]];
  return (m[1] === '−' || m[1] === '-' ? -1 : 1) * Number(m[2].replaceAll(',', '')) * scale;
}

/**
 * What the JavaScript API (`dist/api`: the model itself, over the same crates as the page) says,
 * for values a test should not copy from the page it checks (a preset's solved terms, a default):
 * `call(api, arg)` runs in a page of the build's own origin with the API loaded.
 */
export async function fromApi(browser, url, call, arg) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}api-example.html`);
    await page.evaluate(async (src) => {
      window.api = await import(src);
      await window.api.default();
    }, `${url}api/wattsworth_api.js`);
    return await page.evaluate(([body, a]) => new Function('api', 'arg', `return (${body})(api, arg);`)(window.api, a), [call.toString(), arg]);
  } finally {
    await context.close();
  }
}

/**
 * Clicks "Download data (CSV)" and "Notes on the data (datapackage.json)" and returns both
 * files: { csv, csvName, notes (the descriptor, parsed), notesName, saved(dir) } where
 * `saved(dir)` writes both into `dir` under their own names (as a reader's browser would) and
 * returns their paths.
 */
export async function downloadData(page) {
  const { readFile, copyFile } = await import('node:fs/promises');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  const [notesDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-notes').click()]);
  const csvPath = await csvDownload.path();
  const notesPath = await notesDownload.path();
  const csvName = csvDownload.suggestedFilename();
  const notesName = notesDownload.suggestedFilename();
  return {
    csv: await readFile(csvPath, 'utf8'),
    csvName,
    notes: JSON.parse(await readFile(notesPath, 'utf8')),
    notesName,
    saved: async (dir) => {
      await copyFile(csvPath, `${dir}/${csvName}`);
      await copyFile(notesPath, `${dir}/${notesName}`);
      return { csv: `${dir}/${csvName}`, notes: `${dir}/${notesName}` };
    },
  };
}

/** Boxes that overlap on the page (or frame) `page`: every line of visible text (by its text
 * node's client rects), button, input, select, textarea, canvas and svg; pairs where one holds
 * the other are not counted. Returns "a × b" descriptions. */
export async function overlaps(page) {
  return page.evaluate(() => {
    const boxes = [];
    const shown = (e) => e.checkVisibility({ visibilityProperty: true }) && e.getClientRects().length > 0 && !e.closest('.sr-only');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n; (n = walker.nextNode());) {
      if (!n.textContent.trim() || !n.parentElement || !shown(n.parentElement)) continue;
      if (n.parentElement.closest('script, style, noscript')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const b of range.getClientRects()) if (b.width > 1 && b.height > 1) boxes.push({ el: n.parentElement, b, what: `“${n.textContent.trim().slice(0, 30)}”` });
    }
    for (const e of document.querySelectorAll('button, canvas, input, select, textarea, svg')) {
      if (!shown(e)) continue;
      const b = e.getBoundingClientRect();
      if (b.width > 1 && b.height > 1) boxes.push({ el: e, b, what: e.tagName.toLowerCase() + (e.dataset.testid ? `[${e.dataset.testid}]` : '') });
    }
    const out = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i], boxes[j]];
        if (p.el === q.el || p.el.contains(q.el) || q.el.contains(p.el)) continue;
        const x = Math.min(p.b.right, q.b.right) - Math.max(p.b.left, q.b.left);
        const y = Math.min(p.b.bottom, q.b.bottom) - Math.max(p.b.top, q.b.top);
        if (x > 1 && y > 1) out.push(`${p.what} × ${q.what}`);
      }
    }
    return out;
  });
}
