// Languages in real Chromium: `?lang=es` shows the analysis view in Spanish with no English left,
// numbers with a decimal comma, and the picker switches language keeping the view (issue 6).
// Spanish is downloaded at start-up (only English is compiled in); when it cannot be, the page
// is English and its notice says why.
// Which English is "left" is decided from the catalogues themselves: every English message
// whose Spanish differs must not appear on the page, as text or as a label read aloud.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from './support/analyser.mjs';
import { launchChromium, openPage } from './support/browser.mjs';
import { loadCatalogue, messagePattern, staticLetters } from './support/catalogue.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));

let browser;
let server;
before(async () => {
  browser = await launchChromium();
  server = await startStaticServer(DIST_DIR);
});
after(async () => {
  await browser?.close();
  await server?.close();
});


/** Every visible text node, and every title, aria-label and placeholder, of the page. */
function shownTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const visible = (element) => element && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const parent = node.parentElement;
      if (text && parent && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) && visible(parent)) out.push(text);
    }
    for (const element of document.body.querySelectorAll('[title], [aria-label], [placeholder]')) {
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

test('?lang=es shows the analysis view in Spanish with no English left', async () => {
  const [english, spanish] = await Promise.all([loadCatalogue('en'), loadCatalogue('es')]);
  // English messages that Spanish says differently and that are words, not notation.
  const patterns = [...english]
    .filter(([id, text]) => spanish.get(id) !== text && staticLetters(text).length >= 4)
    .map(([id, text]) => ({ id, text, pattern: messagePattern(text) }));
  assert.ok(patterns.length > 100, `${patterns.length} English messages to look for`);

  const { page, problems } = await openPage(browser);
  try {
    // The real-data analysis, and the three-lepton one with its own axes and channels.
    for (const analysis of ['hzz4l', 'ttz3l']) {
      await page.goto(`${server.url}?a=${analysis}&lang=es`);
      await waitForEveryPlot(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      const texts = await shownTexts(page);
      assert.ok(texts.length > 20, `${analysis}: the page shows text (${texts.length} pieces)`);
      const english_left = [];
      for (const text of texts) {
        for (const { id, pattern } of patterns) {
          if (pattern.test(text)) english_left.push(`"${text}" is English (${id})`);
        }
      }
      assert.deepEqual(english_left, [], `English left on the Spanish ${analysis} page`);
      // Numbers the Spanish way: a decimal comma; data are whole events, grouped by a narrow space.
      assert.match((await page.getByTestId('yield-background').innerText()).trim(), /^\d+,\d{2}$/);
      assert.match((await page.getByTestId('yield-data').innerText()).trim(), /^\d{1,3}(\u202f\d{3})*$|^\d{4}$/);
      assert.match((await page.getByTestId('s-over-sqrt-b').innerText()).trim(), /^(\d+,\d{2}|—)$/);
    }
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the browser language is used without ?lang=, and the picker switches and keeps the view', async () => {
  const context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}?a=hzz4l&cut=m4l:115:135`);
    await waitForEveryPlot(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt');
    await page.getByTestId('language-picker').selectOption('de');
    await page.waitForURL(/lang=de/);
    await waitForEveryPlot(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    const address = new URL(page.url());
    assert.equal(address.searchParams.get('lang'), 'de');
    assert.deepEqual(address.searchParams.getAll('cut'), ['m4l:115:135'], 'the cut survives the language switch');
  } finally {
    await context.close();
  }
});

test('a language whose files cannot be downloaded leaves the page in English and says why', async () => {
  // Only English is compiled in; the others are fetched from i18n/<lang>/ at start-up. No
  // service worker, so the blocked requests are the page's own.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('**/i18n/es/**', (route) => route.abort());
  try {
    await page.goto(`${server.url}?a=hzz4l&lang=es`);
    await waitForEveryPlot(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const notice = await page.getByTestId('link-notice').innerText();
    // The notice names the parameter only (web/src/model/link_notice.rs).
    assert.match(notice, /could not be used and were left at their defaults: lang\n/);
    assert.equal(await page.getByTestId('language-picker').inputValue(), 'en');
  } finally {
    await context.close();
  }
});

test('the explanations, glossary and teacher page download their texts when they open', async () => {
  // The wasm carries only the interface and guides; these pages fetch their group's file in the
  // page language and English's (the fallback): with the language at start-up when the page is
  // the first one, or when a link leads there.
  const [english, spanish] = await Promise.all([loadCatalogue('en'), loadCatalogue('es')]);
  const { page, problems } = await openPage(browser);
  try {
    await page.goto(`${server.url}?page=explain&a=hzz4l&lang=es`);
    await page.getByTestId('explain-intro').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal((await page.locator('main h1').first().innerText()).trim(), spanish.get('explain-heading'));

    await page.goto(`${server.url}?a=hzz4l`);
    await waitForEveryPlot(page);
    await page.getByTestId('nav-teachers').click();
    await page.locator('main h1', { hasText: english.get('teacher-heading') }).waitFor();
    await page.getByTestId('nav-glossary').click();
    await page.getByTestId('glossary').waitFor();
    assert.equal((await page.locator('[data-testid="glossary"] h1').innerText()).trim(), english.get('glossary-heading'));
    assert.equal(await page.getByTestId('texts-error').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('every catalogued analysis with an introduction explains itself in English and Spanish, diagram drawn', async () => {
  const catalog = JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8'));
  const [english, spanish] = await Promise.all([loadCatalogue('en'), loadCatalogue('es')]);
  const explained = catalog.analyses.map((a) => a.id).filter((id) => english.has(`explain-${id}-intro`));
  assert.ok(explained.includes('ttz3l'), `the three-lepton tt̄Z analysis is explained: ${explained}`);
  const { page, problems } = await openPage(browser);
  try {
    for (const [lang, words] of [['en', english], ['es', spanish]]) {
      for (const id of explained) {
        await page.goto(`${server.url}?page=explain&a=${id}&lang=${lang}`);
        const intro = page.getByTestId('explain-intro');
        await intro.waitFor();
        const what = `${id} in ${lang}`;
        assert.equal(await intro.locator('h2').innerText(), words.get(`analysis-${id}-title`), what);
        assert.deepEqual(
          await intro.locator('p').allInnerTexts(),
          [words.get(`explain-${id}-intro`), words.get(`explain-${id}-why`)],
          what,
        );
        const diagram = intro.locator('img');
        assert.equal(await diagram.getAttribute('alt'), words.get(`diagram-${id}-alt`), what);
        assert.equal(await diagram.getAttribute('src'), `assets/diagrams/${id}.svg`, what);
        await page.waitForFunction((img) => img.complete, await diagram.elementHandle());
        assert.ok(await diagram.evaluate((img) => img.naturalWidth > 0), `${what}: the diagram is drawn`);
      }
    }
    // The reference the three-lepton text points to is in the list below it.
    const references = await page.locator('.references a').evaluateAll((links) => links.map((a) => a.textContent));
    assert.ok(references.includes('arXiv:1901.03584'), `the references list ATLAS's tt̄Z measurement: ${references}`);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('a page whose texts cannot be downloaded says so instead of showing bare keys', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('**/i18n/en/teacher.ftl', (route) => route.abort());
  try {
    await page.goto(`${server.url}?page=teachers`);
    const alert = page.getByTestId('texts-error');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.innerText(), /could not be loaded: could not load i18n\/en\/teacher\.ftl/);
  } finally {
    await context.close();
  }
});
