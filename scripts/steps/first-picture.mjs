// Step: the first picture, inline in index.html: the cumulative-cash chart at today's defaults,
// drawn by the page's own chart code (crates/view, example first_picture), so a reader sees a
// chart before the WebAssembly has loaded. The app removes it when it starts.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export default async function firstPicture({ root, dir }) {
  const r = spawnSync('cargo', ['run', '-q', '-p', 'view', '--example', 'first_picture'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.startsWith('<div id="ww-first-picture"')) throw new Error(`first picture: ${r.stderr}`);
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const out = html.replace(/<body>/, () => `<body>${r.stdout}`);
  if (out === html) throw new Error('index.html: no <body> for the first picture');
  await writeFile(join(dir, 'index.html'), out);
  return `first picture (${r.stdout.length} bytes)`;
}
