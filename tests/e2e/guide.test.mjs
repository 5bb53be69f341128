// Guided paths in real Chromium (issue 6): every path of every bundled cube can be followed to
// its end. Each "Show me" applies the cut its text states — the cut lands in the address, its ends
// are the numbers the text gives — and the yields and the "moved" line then agree with
// histcube's engine run natively (yield-oracle) under every cut applied so far. The final
// challenge names the significance the path's cuts reach on this cube. The three-lepton tt̄Z path
// is also followed in English and Spanish, its every text checked against the catalogues.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { DECIMALS, settledAddress, waitForEveryPlot } from './support/analyser.mjs';
import { launchChromium, openPage } from './support/browser.mjs';
import { loadCatalogue } from './support/catalogue.mjs';
import { askOracle, REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const CATALOG = JSON.parse(readFileSync(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8'));

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


/**
 * The oracle's arguments for the address's `cut=` parameters. The address writes bin edges to six
 * decimals (5π/8 as 1.963495), which the page snaps back to the edge; the oracle gets the edge
 * itself, from `edges` (axis id → the axis's bin edges).
 */
function oracleArgs(cuts, edges) {
  const snap = (axis, text) => {
    if (text === '') return '';
    const value = Number(text);
    return String((edges[axis] ?? [value]).reduce((best, e) => (Math.abs(e - value) < Math.abs(best - value) ? e : best)));
  };
  return cuts.flatMap((cut) => {
    const [axis, ...rest] = cut.split(':');
    return rest.length === 2
      ? ['--cut', `${axis}=${snap(axis, rest[0])}:${snap(axis, rest[1])}`]
      : ['--categories', `${axis}:${rest[0]}`];
  });
}

const close = (shown, expected) => Math.abs(Number(shown) - expected) <= 0.5 * 10 ** -DECIMALS + 1e-9;

/**
 * A cut's end as a step text writes it: no more decimals than it needs, at most two (48, 1.8,
 * 1.57 for π/2, 81.19 for 81.1876; web/src/model/guide.rs, `decimals`), with `lang`'s decimal sign.
 */
function writtenEnd(end, lang = 'en') {
  const value = Number(end);
  const decimals = [0, 1].find((d) => Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-6) ?? 2;
  const text = value.toFixed(decimals);
  return lang === 'en' ? text : text.replace('.', ',');
}

/**
 * Whether a histogram of the oracle's report is a count (an integer axis: one bin per whole
 * number, no underflow). A step cutting a count says it in words ("at least three jets"), and
 * any digit in its text is about something else (the b-tagger's 77 % working point).
 */
const isCount = (histogram) => histogram.kind === 'numeric' && histogram.underflow === null
  && histogram.edges.every((edge, i) => edge === histogram.edges[0] + i);

for (const { id: analysis, file } of CATALOG.analyses) {
test(`every guided path of ${analysis} can be followed to its challenge`, async () => {
  const CUBE_FILE = path.join(DIST_DIR, 'assets/cubes', file);
  const uncut = askOracle(CUBE_FILE);
  const edges = Object.fromEntries(uncut.histograms.map((h) => [h.id, h.edges ?? []]));
  const counts = new Set(uncut.histograms.filter(isCount).map((h) => h.id));
  const { page, problems } = await openPage(browser);
  try {
    await page.goto(`${server.url}?a=${analysis}`);
    await waitForEveryPlot(page);
    // The guide is built after the plots' first picture (docs/internals.md).
    await page.locator('[data-testid^="guide-path-"]').first().waitFor();
    const pathButtons = page.locator('[data-testid^="guide-path-"]');
    const ids = await pathButtons.evaluateAll((buttons) => buttons.map((b) => b.dataset.testid.replace('guide-path-', '')));
    assert.ok(ids.length >= 1, 'the cube has a guided path');
    for (const id of ids) {
      await page.goto(`${server.url}?a=${analysis}`);
      await waitForEveryPlot(page);
      await page.getByTestId(`guide-path-${id}`).click();
      let applied = 0;
      for (let step = 1; step < 50; step++) {
        const text = await page.getByTestId('guide-step-text').innerText();
        const showMe = page.getByTestId('guide-show-me');
        if (await showMe.count()) {
          const before = (await settledAddress(page)).searchParams.getAll('cut');
          await showMe.click();
          await page.getByTestId('guide-moved').waitFor();
          await waitForEveryPlot(page);
          const cuts = (await settledAddress(page)).searchParams.getAll('cut');
          assert.notDeepEqual(cuts, before, `${id} step ${step}: "Show me" changes the cuts`);
          // The new or changed cut's numeric ends are the numbers the step's text states (a step
          // on a count says it in words, "no b-tagged jet").
          const changed = cuts.find((c) => !before.includes(c));
          const [axis, ...limits] = changed.split(':');
          const ends = counts.has(axis) ? [] : limits.filter((e) => /^-?[\d.]+$/.test(e));
          for (const end of ends) {
            const written = writtenEnd(end);
            assert.ok(text.includes(written), `${id} step ${step}: the text "${text}" states ${written} (cut ${changed})`);
          }
          const report = askOracle(CUBE_FILE, oracleArgs(cuts, edges));
          const dataShown = await page.getByTestId('yield-data').innerText();
          assert.ok(close(dataShown, report.data.sumw), `${id} step ${step}: data ${dataShown}, histcube ${report.data.sumw}`);
          const moved = await page.getByTestId('guide-moved').innerText();
          const after = [...moved.matchAll(/→ ([\d.]+|—)/g)].map((m) => m[1]);
          assert.ok(close(after[0], report.signal.sumw), `${id} step ${step}: s after ${after[0]}, histcube ${report.signal.sumw}`);
          assert.ok(close(after[1], report.background.sumw), `${id} step ${step}: b after ${after[1]}, histcube ${report.background.sumw}`);
          applied++;
        } else {
          assert.equal(await page.getByTestId('guide-look').count(), 1, `${id} step ${step}: a step without a cut says where to look`);
        }
        const next = page.getByTestId('guide-next');
        await next.click();
        if (await page.getByTestId('guide-challenge').count()) break;
      }
      assert.ok(applied > 0, `${id}: at least one step applies a cut`);
      // The challenge's target is the significance of exactly the path's cuts.
      const cuts = (await settledAddress(page)).searchParams.getAll('cut');
      const report = askOracle(CUBE_FILE, oracleArgs(cuts, edges));
      const target = await page.getByTestId('guide-challenge').getAttribute('data-target');
      if (report.z_asimov === null) assert.equal(target, null, `${id}: no target without background`);
      else assert.ok(close(target, report.z_asimov), `${id}: target ${target}, histcube ${report.z_asimov}`);
      await page.getByTestId('guide-challenge-status').waitFor();
    }
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
}

/** A number as the page writes it in `lang` (crates/i18n, number.rs), read back. */
const readNumber = (text) => Number(text.replaceAll('\u202f', '').replaceAll('.', '').replace(',', '.'));
const readLocal = (text, lang) => (lang === 'en' ? Number(text) : readNumber(text));

/** `message` with its `{ $name }` placeholders replaced by `values`. */
const filled = (message, values) => message.replace(/\{ *\$([\w-]+) *\}/g, (whole, name) => values[name] ?? whole);

for (const lang of ['en', 'es']) {
  test(`the three-lepton tt̄Z path in ${lang}: every text is the catalogue's, every number histcube's`, async () => {
    const entry = CATALOG.analyses.find((a) => a.id === 'ttz3l');
    assert.ok(entry, 'the catalog lists ttz3l');
    assert.deepEqual(entry.guided_paths.map((p) => p.id), ['ttz3l']);
    const CUBE_FILE = path.join(DIST_DIR, 'assets/cubes', entry.file);
    const uncut = askOracle(CUBE_FILE);
    const edges = Object.fromEntries(uncut.histograms.map((h) => [h.id, h.edges ?? []]));
    const words = await loadCatalogue(lang);
    const stepKeys = [...words.keys()].filter((k) => /^path-ttz3l-\d+$/.test(k));
    const { page, problems } = await openPage(browser);
    try {
      await page.goto(`${server.url}?a=ttz3l&lang=${lang}`);
      await waitForEveryPlot(page);
      await page.getByTestId('guide-path-ttz3l').click();
      const panel = page.getByTestId('guide-panel');
      assert.equal(await panel.locator('h3').innerText(), words.get('path-ttz3l-title'));
      assert.equal(await panel.locator('.guide-intro').innerText(), words.get('path-ttz3l-intro'));
      let reached = uncut;
      for (let step = 1; ; step++) {
        assert.equal(
          await panel.locator('.guide-progress').innerText(),
          filled(words.get('guide-step'), { n: String(step), total: String(stepKeys.length) }),
          'the catalogue has a text for every step of the cube\'s path',
        );
        const text = await page.getByTestId('guide-step-text').innerText();
        const showMe = page.getByTestId('guide-show-me');
        if (await showMe.count()) {
          const before = (await settledAddress(page)).searchParams.getAll('cut');
          await showMe.click();
          await page.getByTestId('guide-moved').waitFor();
          await waitForEveryPlot(page);
          const cuts = (await settledAddress(page)).searchParams.getAll('cut');
          const [, lower, upper] = cuts.find((c) => !before.includes(c)).split(':');
          const ends = {};
          if (lower) ends.lower = writtenEnd(lower, lang);
          if (upper) ends.upper = writtenEnd(upper, lang);
          assert.equal(text, filled(words.get(`path-ttz3l-${step}`), ends), `step ${step} states the cut "Show me" applies`);
          reached = askOracle(CUBE_FILE, oracleArgs(cuts, edges));
          const moved = await page.getByTestId('guide-moved').innerText();
          const after = [...moved.matchAll(/→ (—|\d[\d\u202f]*(?:[.,]\d+)?)/g)].map((m) => m[1]);
          assert.ok(close(readLocal(after[0], lang), reached.signal.sumw), `step ${step}: s ${after[0]}, histcube ${reached.signal.sumw}`);
          assert.ok(close(readLocal(after[1], lang), reached.background.sumw), `step ${step}: b ${after[1]}, histcube ${reached.background.sumw}`);
          const data = await page.getByTestId('yield-data').innerText();
          assert.ok(close(readLocal(data, lang), reached.data.sumw), `step ${step}: data ${data}, histcube ${reached.data.sumw}`);
        } else {
          assert.equal(text, words.get(`path-ttz3l-${step}`), `step ${step}`);
          assert.equal(await page.getByTestId('guide-look').count(), 1, `step ${step} says which plot to look at`);
        }
        await page.getByTestId('guide-next').click();
        if (await page.getByTestId('guide-challenge').count()) {
          assert.equal(step, stepKeys.length, 'the challenge follows the last step');
          break;
        }
      }
      // The challenge: the significance of the path's cuts on this cube, in the page's language.
      const challenge = page.getByTestId('guide-challenge');
      const target = await challenge.getAttribute('data-target');
      if (reached.z_asimov === null) {
        assert.equal(target, null, 'no target without background');
      } else {
        assert.ok(close(target, reached.z_asimov), `target ${target}, histcube ${reached.z_asimov}`);
        const shown = lang === 'en' ? target : target.replace('.', ',');
        assert.equal(await challenge.innerText(), filled(words.get('guide-challenge'), { reached: shown }));
      }
      await page.getByTestId('guide-challenge-status').waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
