// Languages (#27): `?lang=` for each language the page speaks, at a phone's width and a laptop's,
// shows the first screen in it with `<html lang>` set and no English word left in the verdict;
// a language the page does not speak is named in a notice; the picker changes the language and
// the links; an English reader downloads no catalogue; a French static embed on a foreign page
// speaks French. Screenshots go to target/languages/ to be looked at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { launch, open, serve, visit } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
  await mkdir('target/languages', { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); });

// Words of the English verdict and its basis that no translation may keep.
// ("site" is French too.)
const ENGLISH = /\b(Leasing|leasing|Running|instead|mining|today's|money|worth|adds|loses|tenant|terms|After tax|borrowed|counted)\b/;

const LANGUAGES = [
  { tag: 'de', tagline: /Megawatt/, key: 'Wichtige Eingaben' },
  { tag: 'fr', tagline: /mégawatt/ },
  { tag: 'es', tagline: /megavatio/ },
  { tag: 'pt-BR', tagline: /megawatt/ },
  { tag: 'ja', tagline: /メガワット/ },
  { tag: 'zh-CN', tagline: /兆瓦/ },
];

const text = (page, id) => page.textContent(`[data-testid=${id}]`);

describe('languages', () => {
  for (const { tag, tagline } of LANGUAGES) {
    for (const width of [390, 1280]) {
      it(`?lang=${tag} at ${width} px: the first screen in ${tag}, <html lang> set, no English in the verdict`, async () => {
        const { page, context, problems } = await open(browser, `${server.url}?lang=${tag}`, { viewport: { width, height: width < 500 ? 844 : 900 }, isMobile: width < 500, hasTouch: width < 500, locale: 'en-US' });
        assert.equal(await page.getAttribute('html', 'lang'), tag);
        const verdict = await text(page, 'verdict');
        assert.ok(verdict.length > 40 && !ENGLISH.test(verdict), `${tag}: ${verdict}`);
        assert.ok(!/NaN|\{|undefined/.test(verdict));
        const basis = await text(page, 'basis');
        assert.ok(!ENGLISH.test(basis), `${tag} basis: ${basis}`);
        assert.match(await page.textContent('.lede'), tagline);
        assert.notEqual(await page.textContent('.inputs-title'), 'Key inputs');
        assert.notEqual((await page.textContent('[data-testid=terms] summary')).trim(), 'What these words mean');
        // Below the chart: how sure, why miners convert, the details.
        await page.waitForFunction(() => document.querySelector('[data-testid=how-sure-flips]').textContent.length > 20);
        for (const id of ['how-sure-flips', 'why', 'more-figures', 'copy-link', 'cite']) {
          const said = await page.textContent(`[data-testid=${id}]`);
          assert.ok(!/\b(How sure|Why miners convert|the answer|converting|borrowed|Copy link|Cite this)\b/.test(said), `${tag} ${id}: ${said.slice(0, 200)}`);
        }
        // Numbers follow the language: not the en-US browser's.
        if (tag !== 'ja' && tag !== 'zh-CN') assert.doesNotMatch(verdict, /\$\d+\.\d+M/, `${tag}: figures in the language's locale: ${verdict}`);
        assert.equal(await page.locator('[data-testid=url-notice]:visible').count(), 0, 'nothing to say');
        assert.deepEqual(problems.errors, []);
        await page.screenshot({ path: `target/languages/${tag}-${width}.png` });
        await context.close();
      });
    }
  }

  it('in German, a control speaks German: what it says of a typed value, the start month, a caution, a preset’s note', async () => {
    const { page, context, problems } = await open(browser, `${server.url}?lang=de`, { locale: 'en-US' });
    const box = page.getByTestId('text-mw');
    for (const [typed, said] of [['abc', /^„abc“ ist keine lesbare Zahl; es gilt weiterhin 100 MW\.$/], ['99999', /^Erlaubt sind 1–2\.000 MW; verwendet wird 2\.000\.$/]]) {
      await box.fill(typed);
      await box.press('Enter');
      await page.waitForFunction((t) => document.querySelector('[data-testid=error-mw]').textContent.length > 10 && !document.documentElement.hasAttribute('data-working'), typed);
      assert.match(await text(page, 'error-mw'), said);
    }
    assert.equal(await page.textContent('label[for=start]'), 'Startmonat');
    // A caution the model names in English is written in German.
    await page.getByTestId('text-btcg').fill('50');
    await page.getByTestId('text-btcg').press('Enter');
    await page.getByTestId('toggle-net').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=warnings] li').length >= 1 && !document.documentElement.hasAttribute('data-working'));
    const cautions = await text(page, 'warnings');
    assert.doesNotMatch(cautions, /\b(Hashprice runs|The inputs would|the model)\b/, cautions);
    // A preset's note in German: the deal in a sentence, and why it sets each input (its
    // sources' keys as they are).
    await page.selectOption('[data-testid=preset]', { index: 2 });
    const note = await page.textContent('[data-testid=preset-note] p');
    assert.match(note, /Von der Vorlage gesetzt: .+: (aus dem Deal|angenommen) \(/, note);
    assert.doesNotMatch(note, /Set by the preset|from the deal|Everything else|solved so that|the contract's term/, note);
    const summary = await page.textContent('[data-testid=preset-note] summary');
    assert.match(summary, /^200 MW IT-Leistung/, summary);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('in German, what a link asked for and did not get is said in German: its values, its flags, a pin, the locale', async () => {
    const { page, context, problems } = await open(browser, `${server.url}?lang=de&mw=1,5&zzz=1&theme=x&mv=5&ref=ref%3Dx&locale=!!`, { locale: 'en-US' });
    const notices = await page.$$eval('[data-testid=url-notice] li', (lis) => lis.map((li) => li.textContent));
    const expected = [
      /^Netzanschlussleistung: „1,5“ ist keine Zahl/,
      /^unbekannter Parameter „zzz“ ignoriert$/,
      /^Farbschema: „x“ ist nicht light, dark oder auto/,
      /^Modellversion: Dieser Link wurde mit Modellversion 5 erstellt; diese Seite rechnet mit Version 6, die die nächste GPU-Generation/,
      /^Angeheftetes Szenario: ref= innerhalb von ref= wird nicht gelesen/,
      /^Regionalformat: „!!“ ist keine Sprachkennung wie de-DE/,
    ];
    for (const said of expected) assert.ok(notices.some((n) => said.test(n)), `${said} in ${JSON.stringify(notices)}`);
    assert.doesNotMatch(notices.join(' '), /\b(is not|was not read|this link|Pinned scenario|kept)\b/, JSON.stringify(notices));
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('a language the page does not speak is named, with the language shown; a long one is cut', async () => {
    for (const [asked, named] of [['xx', '“xx”'], ['tlh', '“tlh”'], ['q'.repeat(5000), '…']]) {
      const { page, context, problems } = await open(browser, `${server.url}?lang=${asked}`, { locale: 'en-US' });
      const notice = await text(page, 'url-notice');
      assert.ok(notice.includes(named) && notice.includes('English') && notice.length < 400, notice);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.match(await text(page, 'verdict'), /^Leasing this 100 MW site/);
      assert.deepEqual(problems.errors, []);
      await context.close();
    }
  });

  it('a catalogue that cannot be had: the page in English, saying so; an empty lang= asks nothing', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.route(/\/messages\//, (r) => r.abort());
    await page.goto(`${server.url}?lang=ja`);
    await page.waitForSelector('[data-testid=verdict]:not(:empty)');
    assert.match(await text(page, 'verdict'), /^Leasing this 100 MW site/);
    assert.match(await text(page, 'url-notice'), /日本語/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.goto(`${server.url}?lang=`);
    await page.waitForSelector('[data-testid=verdict]:not(:empty)');
    assert.equal(await page.locator('[data-testid=url-notice]:visible').count(), 0);
    await context.close();
  });

  it('without lang=, the browser\'s language; an English reader fetches no catalogue', async () => {
    const fetched = [];
    const de = await browser.newContext({ locale: 'de-DE' });
    const page = await de.newPage();
    page.on('request', (r) => { if (r.url().includes('/messages/')) fetched.push(r.url()); });
    await page.goto(server.url);
    await page.waitForSelector('[data-testid=verdict]:not(:empty)');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    assert.match(await text(page, 'verdict'), /Standort/);
    assert.ok(fetched.length === 1 && fetched[0].endsWith('/messages/de.ftl'), fetched.join());
    assert.doesNotMatch(page.url(), /lang=/, 'a language that follows the browser stays out of the link');
    await de.close();
    const { page: en, context, problems } = await visit(browser, server.url, { locale: 'en-US' });
    const english = [];
    en.on('request', (r) => { if (r.url().includes('/messages/')) english.push(r.url()); });
    await en.waitForSelector('#in-mw');
    await en.waitForTimeout(1500);
    assert.deepEqual(english, []);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('the picker changes the language, <html lang>, the links, and back', async () => {
    const { page, context, problems } = await open(browser, `${server.url}?mw=150`, { locale: 'en-US' });
    await page.selectOption('[data-testid=language]', 'fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.waitForFunction(() => /site de 150 MW/.test(document.querySelector('[data-testid=verdict]').textContent));
    await page.waitForFunction(() => /lang=fr/.test(location.search));
    assert.match(page.url(), /mw=150/);
    assert.match(await page.textContent('[data-testid=language-partial]'), /anglais/);
    // The methodology, in English, opens with a paragraph in French that says so.
    await page.locator('[data-testid=methodology] > summary').click();
    assert.ok(await page.locator('[data-testid=methodology-intro]').isVisible());
    assert.match(await page.textContent('[data-testid=methodology-intro]'), /anglais/);
    await page.selectOption('[data-testid=language]', 'en');
    await page.waitForFunction(() => /^Leasing this 150 MW site/.test(document.querySelector('[data-testid=verdict]').textContent));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('[data-testid=methodology-intro]').isVisible(), false, 'no summary above the English');
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('a French static embed on a foreign page: the French sentence and the picture, no sliders', async () => {
    const widget = await serve(undefined, { prefix: '/w/' });
    const host = await serve(undefined, {
      prefix: '/nothing-here/',
      pages: {
        '/fr.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hôte</title></head>
<body><article><h1>Mineurs et IA</h1><div id="w" data-wattsworth="mw=300&lang=fr&static=1" data-title="Minage ou IA"></div></article>
<script async src="${widget.url}embed.js"></script></body></html>`,
      },
    });
    try {
      const { page, context, problems } = await visit(browser, `${host.origin}/fr.html`, { viewport: { width: 700, height: 900 }, locale: 'en-US' });
      const frame = await (await page.waitForSelector('#w iframe')).contentFrame();
      await frame.waitForSelector('[data-testid=verdict]:not(:empty)', { timeout: 15000 });
      await frame.waitForFunction(() => document.querySelectorAll('canvas').length === 1 && document.querySelector('canvas').width > 10);
      const verdict = await frame.textContent('[data-testid=verdict]');
      assert.match(verdict, /300 MW/);
      assert.ok(!ENGLISH.test(verdict), verdict);
      assert.equal(await frame.getAttribute('html', 'lang'), 'fr');
      assert.equal(await frame.locator('input').count(), 0, 'no sliders');
      assert.deepEqual(problems.errors, []);
      await page.screenshot({ path: 'target/languages/embed-fr-static.png' });
      await context.close();
    } finally {
      await widget.close();
      await host.close();
    }
  });
});
