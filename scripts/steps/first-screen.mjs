// Step: the working first screen (crates/first) in first/, loaded before the app (#26), a wasm
// module of its own as the API is (scripts/wasm-module.mjs). In index.html, Trunk's preloads of
// the app's glue and wasm give way to a script in the head that preloads the first screen's or,
// for a reader it would decline, the app's; and Trunk's loader becomes: the first screen (its
// verdict, chart and key sliders working), then the app, which takes over from it. So on a slow
// network the reader's first bytes are the first screen's, not the whole app's. A reader the
// first screen cannot serve exactly (another language in the browser, an embed) is sent straight
// to the app, without its download; if it fails or declines, the app starts as before. The
// single file (scripts/steps/single-file.mjs) leaves all of this out and loads the app from its
// own bytes.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import wasmModule from '../wasm-module.mjs';

export default async function firstScreen({ root, dir }) {
  const wasm = wasmModule(root, 'wattsworth-first', join(dir, 'first'));

  const html = await readFile(join(dir, 'index.html'), 'utf8');
  // Trunk's loader (moved into the body by the first-picture step) names the app's files.
  const loader = html.match(/<script type=["']?module["']?>[\s\S]*?<\/script>/)?.[0];
  const glue = loader?.match(/from\s*["']\.\/(wattsworth-[0-9a-f]+\.js)["']/)?.[1];
  const appWasm = loader?.match(/module_or_path:\s*["']\.\/(wattsworth-[0-9a-f]+_bg\.wasm)["']/)?.[1];
  if (!glue || !appWasm) throw new Error("index.html: Trunk's loader does not name the app's glue and wasm");
  // Readers the first screen would decline, told apart in the head before any download: a
  // browser in another language, and an embed. (It checks everything else itself: other flags,
  // notices, a reload.) Each kind of reader preloads only what it will run.
  const choose = `<script>{
const first = navigator.language === 'en-US' && !/[?&](embed|static|plain|transparent|lang)=/.test(location.search);
document.documentElement.setAttribute('data-first-screen', first ? 'trying' : 'declined');
const add = (rel, href) => {
  const l = document.createElement('link');
  l.rel = rel; l.href = href;
  if (rel === 'preload') { l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.type = 'application/wasm'; }
  document.head.append(l);
};
// The catalogue of the language the app will speak (src/browser/language.rs chooses alike).
const asked = new URLSearchParams(location.search).get('lang');
const tags = { de: 'de', fr: 'fr', es: 'es', pt: 'pt-BR', ja: 'ja', zh: 'zh-CN' };
const speaks = (t) => { const [base, ...rest] = (t || '').toLowerCase().split(/[-_]/); return base === 'en' ? 'en' : base === 'zh' && rest.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s)) ? undefined : tags[base]; };
const lang = [asked, ...navigator.languages].map(speaks).find(Boolean);
if (lang && lang !== 'en') document.documentElement.setAttribute('data-other-language', lang);
if (lang && lang !== 'en') { const l = document.createElement('link'); l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.href = './messages/' + lang + '.ftl'; document.head.append(l); }
if (first) { add('modulepreload', './first/wattsworth_first.js'); add('preload', './first/wattsworth_first_bg.wasm'); }
else { add('modulepreload', './${glue}'); add('preload', './${appWasm}'); }
}</script>`;
  const script = `<script type=module>
let app;
const start = () => { app = { glue: import('./${glue}'), wasm: fetch('./${appWasm}') }; };
let first = false;
if (document.documentElement.getAttribute('data-first-screen') === 'trying') {
  try {
    const m = await import('./first/wattsworth_first.js');
    // Compiled as it streams in; the network is free once it is: the app's download starts
    // while the first screen draws.
    await m.default({ module_or_path: fetch('./first/wattsworth_first_bg.wasm') });
    start();
    first = m.run();
  } catch (e) {}
  document.documentElement.setAttribute('data-first-screen', first ? 'shown' : 'declined');
}
if (!app) start();
const bindings = await app.glue;
const wasm = await bindings.default({ module_or_path: app.wasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
</script>`;
  let out = html.replace(loader, () => script);
  // The app's preloads would fetch it beside the first screen: they go, and the head's script
  // preloads what this reader will run.
  const before = out;
  out = out.replace(/<link[^>]*rel=["']?(modulepreload|preload)["']?[^>]*wattsworth-[0-9a-f]+[^>]*>/g, '')
    .replace(/<link[^>]*wattsworth-[0-9a-f]+(_bg\.wasm|\.js)[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '');
  if (out === before) throw new Error("index.html: no preload of the app's files to replace");
  out = out.replace('</head>', () => `${choose}</head>`);
  await writeFile(join(dir, 'index.html'), out);
  return `first/ (${(await stat(wasm)).size} bytes of wasm)`;
}
