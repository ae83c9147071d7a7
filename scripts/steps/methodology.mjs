// Step: docs/methodology.md as methodology.part.html, which the page loads when a reader opens
// the methodology (and the single-file build inlines).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marked } from 'marked';

export default async function methodology(ctx) {
  ctx.methodology = marked.parse(await readFile(join(ctx.root, 'docs/methodology.md'), 'utf8'));
  await writeFile(join(ctx.dir, 'methodology.part.html'), ctx.methodology);
  return `methodology.part.html (${ctx.methodology.length} bytes)`;
}
