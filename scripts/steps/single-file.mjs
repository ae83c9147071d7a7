// Step: wattsworth-<version>.html, the whole calculator in one file (CSS, JS glue, wasm and the
// methodology inlined) that works when opened from disk, without the first screen (first/): the glue is imported from a blob: URL and
// the wasm instantiated asynchronously from bytes, the two paths Chromium allows on file://.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export default async function singleFile({ dir, single, methodology, messages }) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const find = (re) => {
    const m = html.match(re);
    if (!m) throw new Error(`index.html: no match for ${re}`);
    return m[1];
  };
  // Patterns allow for Trunk's minified HTML (unquoted attributes, no spaces).
  const css = await readFile(join(dir, find(/href=["']?\.?\/?([^"'\s>]+\.css)/)), 'utf8');
  // The app's own files (Trunk's hashed names), not the first screen's (first/).
  const glue = await readFile(join(dir, find(/["']\.\/(wattsworth-[0-9a-f]+\.js)["']/)), 'utf8');
  const wasm = (await readFile(join(dir, find(/["']\.\/(wattsworth-[0-9a-f]+_bg\.wasm)["']/)))).toString('base64');
  const loader = `<script type="module">
const glue = document.getElementById('ww-glue').textContent;
const url = URL.createObjectURL(new Blob([glue], { type: 'text/javascript' }));
const bindings = await import(url);
const b64 = document.getElementById('ww-wasm').textContent;
const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
await bindings.default({ module_or_path: bytes });
</script>`;
  // A catalogue is carried as it is, in a script element that only `</` could end early.
  for (const [tag, text] of Object.entries(messages)) if (text.includes('</')) throw new Error(`messages/${tag}.ftl: "</" cannot go in the single file`);
  const out = html
    .replace(/<base[^>]*>\s*/, '')
    .replace(/<script type=["']?module["']?>[\s\S]*?<\/script>/, '')
    // The first screen's choice of preloads (scripts/steps/first-screen.mjs): nothing to fetch here.
    .replace(/<script>\{[\s\S]*?\}<\/script>/, '')
    .replace(/<link[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '')
    .replace(/<link[^>]*rel=["']?stylesheet["']?[^>]*>/, () => `<style>${css}</style>`)
    .replace('</body>', () => `<template id="ww-methodology">${methodology}</template>
${Object.entries(messages).map(([tag, text]) => `<script type="text/plain" id="ww-messages-${tag}">${text}</script>`).join('\n')}
<script type="text/plain" id="ww-glue">${glue.replaceAll('</', '<\\/')}</script>
<script type="text/plain" id="ww-wasm">${wasm}</script>
${loader}
</body>`);
  await writeFile(join(dir, single), out);
  return `${single} (${out.length} bytes)`;
}
