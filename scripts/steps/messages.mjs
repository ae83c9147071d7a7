// Step: messages/<tag>.ftl, each language's catalogue but English's (compiled into the wasm),
// beside the page, fetched when a reader chooses that language (src/browser/language.rs). The
// texts are kept for the single file, which carries every language.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export default async function messages(ctx) {
  const from = join(ctx.root, 'crates/view/messages');
  // English (en.ftl, en-page.ftl) is compiled in.
  const files = (await readdir(from)).filter((f) => f.endsWith('.ftl') && !/^en(-page)?\.ftl$/.test(f)).sort();
  await mkdir(join(ctx.dir, 'messages'), { recursive: true });
  ctx.messages = {};
  for (const f of files) {
    const text = await readFile(join(from, f), 'utf8');
    await writeFile(join(ctx.dir, 'messages', f), text);
    ctx.messages[f.replace(/\.ftl$/, '')] = text;
  }
  return `messages/ (${files.join(', ')})`;
}
