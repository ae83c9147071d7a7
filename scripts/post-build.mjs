// Trunk post_build hook. In the staging directory it writes:
// - methodology.part.html: docs/methodology.md as HTML, loaded by the page when a reader opens it;
// - sw.js: the service worker, its precache list made from this build's (hashed) file names;
// - api/: the model as its own small wasm module for JavaScript (crates/api), not loaded by the page;
// - index.html: a Content-Security-Policy meta with the hash of Trunk's inline loader;
// - wattsworth-<version>.html: the whole calculator in one file (CSS, JS glue and wasm inlined),
//   which works when opened from disk: the glue is imported from a blob: URL and the wasm is
//   instantiated asynchronously from bytes, the two paths Chromium allows on file://.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marked } from 'marked';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run me from trunk');
const root = new URL('..', import.meta.url).pathname;
const version = (await readFile(join(root, 'Cargo.toml'), 'utf8')).match(/^version = "([^"]+)"/m)[1];
const single = `wattsworth-${version}.html`;

// ---- the JavaScript API ----
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};
run('cargo', ['build', '-p', 'wattsworth-api', '--target', 'wasm32-unknown-unknown', '--release']);
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', join(dir, 'api'),
  join(root, 'target/wasm32-unknown-unknown/release/wattsworth_api.wasm')]);
const apiWasm = join(dir, 'api/wattsworth_api_bg.wasm');
run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', apiWasm, '-o', apiWasm]);

const methodology = marked.parse(await readFile(join(root, 'docs/methodology.md'), 'utf8'));
await writeFile(join(dir, 'methodology.part.html'), methodology);

const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1))
  // The page's own files only: not the loader for host pages, the API or its example.
  .filter((f) => !['sw.js', single, 'robots.txt', 'embed.js'].includes(f) && !f.startsWith('api'))
  .sort();

// ---- service worker ----
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
const cacheName = `wattsworth-${version}-${hash.digest('hex').slice(0, 12)}`;
const precache = ['./', ...files.map((f) => `./${f}`)];
const sw = (await readFile(join(root, 'scripts/sw.template.js'), 'utf8'))
  .replace('__CACHE__', JSON.stringify(cacheName))
  .replace('__FILES__', JSON.stringify(precache));
await writeFile(join(dir, 'sw.js'), sw);

// ---- single file ----
const html = await readFile(join(dir, 'index.html'), 'utf8');
const find = (re) => {
  const m = html.match(re);
  if (!m) throw new Error(`index.html: no match for ${re}`);
  return m[1];
};
// Patterns allow for Trunk's minified HTML (unquoted attributes, no spaces).
const jsFile = find(/from\s*["']\.?\/?([^"']+\.js)["']/);
const wasmFile = find(/module_or_path:\s*["']\.?\/?([^"']+\.wasm)["']/);
const cssFile = find(/href=["']?\.?\/?([^"'\s>]+\.css)/);
const css = await readFile(join(dir, cssFile), 'utf8');
const glue = await readFile(join(dir, jsFile), 'utf8');
const wasm = (await readFile(join(dir, wasmFile))).toString('base64');
const loader = `<script type="module">
const glue = document.getElementById('ww-glue').textContent;
const url = URL.createObjectURL(new Blob([glue], { type: 'text/javascript' }));
const bindings = await import(url);
const b64 = document.getElementById('ww-wasm').textContent;
const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
await bindings.default({ module_or_path: bytes });
</script>`;
const out = html
  .replace(/<base[^>]*>\s*/, '')
  .replace(/<script type=["']?module["']?>[\s\S]*?<\/script>/, '')
  .replace(/<link[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '')
  .replace(/<link[^>]*rel=["']?stylesheet["']?[^>]*>/, () => `<style>${css}</style>`)
  .replace('</body>', () => `<template id="ww-methodology">${methodology}</template>
<script type="text/plain" id="ww-glue">${glue.replaceAll('</', '<\\/')}</script>
<script type="text/plain" id="ww-wasm">${wasm}</script>
${loader}
</body>`);
await writeFile(join(dir, single), out);

// ---- a strict Content-Security-Policy for the hosted page ----
// Trunk's loader is the one inline script; it is allowed by its hash, nothing else inline runs.
const inline = html.match(/<script type=["']?module["']?>([\s\S]+?)<\/script>/)[1];
const digest = createHash('sha256').update(inline).digest('base64');
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${digest}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');
const withCsp = html.replace(/(<meta charset=["']?utf-8["']?>)/i, `$1<meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (withCsp === html) throw new Error('index.html: no <meta charset> to put the CSP after');
await writeFile(join(dir, 'index.html'), withCsp);
console.log(`post-build: sw.js (${precache.length} files, cache ${cacheName}), ${single} (${out.length} bytes)`);
