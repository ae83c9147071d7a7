// Step: a brotli (.br) and a gzip (.gz) copy beside every text and wasm file, for hosts that serve
// precompressed files (nginx `gzip_static`/`brotli_static`, Apache with rewrite rules; see the
// README's hosting section). Written last, after every other step has changed what it changes; a
// copy that would not be smaller is not written.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|txt|md|ftl)$/;

export default async function compress({ dir }) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name));
  const totals = { raw: 0, gz: 0, br: 0 };
  for (const file of files) {
    const raw = await readFile(file);
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    });
    if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
    if (br.length < raw.length) await writeFile(`${file}.br`, br);
    totals.raw += raw.length;
    totals.gz += Math.min(gz.length, raw.length);
    totals.br += Math.min(br.length, raw.length);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return `${files.length} files precompressed: ${kb(totals.raw)} raw, ${kb(totals.gz)} gzip, ${kb(totals.br)} brotli`;
}
