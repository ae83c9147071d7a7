// Step: the first picture, inline in index.html: the verdict's chart at today's defaults,
// drawn by the page's own chart code (crates/view, example first_picture), so a reader sees a
// chart before the WebAssembly has loaded. The first screen (crates/first) or the app replaces it.
//
// It paints before the stylesheet has loaded: the styles it needs (the top of style/main.css, up
// to the line that says so) go inline in the head, the stylesheet is fetched early (preload) but
// applied after the picture, and the app's loader follows the stylesheet, so the app never starts
// unstyled. The CSP step allows the inline styles by their hash.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const END = "/* End of the first picture's styles";

export default async function firstPicture({ root, dir }) {
  const r = spawnSync('cargo', ['run', '-q', '-p', 'view', '--example', 'first_picture'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.startsWith('<div id="ww-first-picture"')) throw new Error(`first picture: ${r.stderr}`);
  const source = await readFile(join(root, 'style/main.css'), 'utf8');
  const end = source.indexOf(END);
  if (end < 0) throw new Error(`style/main.css: no line starting ${END}`);
  const critical = source.slice(0, end).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const take = (re, what) => {
    const m = html.match(re);
    if (!m) throw new Error(`index.html: no ${what}`);
    return m[0];
  };
  // Patterns allow for Trunk's minified HTML (unquoted attributes).
  const sheet = take(/<link[^>]*rel=["']?stylesheet["']?[^>]*>/, 'stylesheet link');
  const loader = take(/<script type=["']?module["']?>[\s\S]*?<\/script>/, 'inline module script');
  const href = sheet.match(/href=["']?([^"'\s>]+)/)[1];
  const out = html
    .replace(loader, '')
    .replace(sheet, () => `<link rel=preload as=style href=${href}><style>${critical}</style>`)
    .replace(/<body>/, () => `<body>${r.stdout}${sheet}${loader}`);
  if (!out.includes(r.stdout)) throw new Error('index.html: no <body> for the first picture');
  await writeFile(join(dir, 'index.html'), out);
  return `first picture (${r.stdout.length} bytes, ${critical.length} bytes of its styles inline)`;
}
