// Step: a strict Content-Security-Policy meta in index.html. The loader and the first screen's
// choice in the head are the inline scripts and the first picture's styles the one inline style;
// each is allowed by its hash, and nothing else inline runs or applies.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export default async function csp({ dir }) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  // Every inline script: the loader, and the first screen's choice in the head.
  const scripts = [...html.matchAll(/<script(?: type=["']?module["']?)?>([\s\S]+?)<\/script>/g)]
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  if (!scripts.length) throw new Error('index.html: no inline script to hash');
  // The first picture's styles, inline (scripts/steps/first-picture.mjs).
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'none'",
  ].join('; ');
  const withCsp = html.replace(/(<meta charset=["']?utf-8["']?>)/i, `$1<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  if (withCsp === html) throw new Error('index.html: no <meta charset> to put the CSP after');
  await writeFile(join(dir, 'index.html'), withCsp);
  return 'index.html (CSP)';
}
