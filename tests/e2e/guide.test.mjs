// Guided paths in real Chromium (issue 6): every path of every bundled cube can be followed to
// its end. Each "Show me" applies the cut its text states — the cut lands in the address, its ends
// are the numbers the text gives — and the yields and the "moved" line then agree with
// histcube's engine run natively (yield-oracle) under every cut applied so far. The final
// challenge names the significance the path's cuts reach on this cube.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { DECIMALS, settledAddress, waitForEveryPlot } from './support/analyser.mjs';
import { launchChromium, openPage } from './support/browser.mjs';
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

for (const { id: analysis, file } of CATALOG.analyses) {
test(`every guided path of ${analysis} can be followed to its challenge`, async () => {
  const CUBE_FILE = path.join(DIST_DIR, 'assets/cubes', file);
  const edges = Object.fromEntries(askOracle(CUBE_FILE).histograms.map((h) => [h.id, h.edges ?? []]));
  const { page, problems } = await openPage(browser);
  try {
    await page.goto(`${server.url}?a=${analysis}`);
    await waitForEveryPlot(page);
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
          // on a count says it in words, "no b-tagged jet", and writes no number).
          const changed = cuts.find((c) => !before.includes(c));
          const ends = /\d/.test(text) ? changed.split(':').slice(1).filter((e) => /^-?[\d.]+$/.test(e)) : [];
          for (const end of ends) {
            const digits = Number(end).toFixed(Number.isInteger(Number(end)) ? 0 : 2);
            assert.ok(text.includes(digits), `${id} step ${step}: the text "${text}" states ${digits} (cut ${changed})`);
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
