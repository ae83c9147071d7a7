// Step: sw.js, the service worker, with this build's (hashed) file names as its precache list and
// a cache named after their contents, so each build gets a cache of its own.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export default async function precache({ root, dir, version, single }) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1))
    // The page's own files only: not the loader for host pages, the API or its example.
    // Nor the languages' catalogues: each is fetched when chosen, not by every reader.
    .filter((f) => !['sw.js', single, 'robots.txt', 'embed.js', '_headers'].includes(f) && !f.startsWith('api') && !f.startsWith('messages'))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
  const cache = `wattsworth-${version}-${hash.digest('hex').slice(0, 12)}`;
  const list = ['./', ...files.map((f) => `./${f}`)];
  const sw = (await readFile(join(root, 'scripts/sw.template.js'), 'utf8'))
    .replace('__CACHE__', JSON.stringify(cache))
    .replace('__FILES__', JSON.stringify(list));
  await writeFile(join(dir, 'sw.js'), sw);
  return `sw.js (${list.length} files, cache ${cache})`;
}
