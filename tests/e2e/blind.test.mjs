// The blind analysis (issue 20): on hzz4l, the "Blind" check box hides the recorded events in the
// signal region around 125 GeV from every plot (the simulation stays), the fit waits, cuts still
// work; "Freeze the cuts and unblind" shows the data again exactly as an unblinded page with the
// same cuts, names the frozen cuts, and warns once they change.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { openPage } from './support/browser.mjs';
import { browserAndServer } from './support/session.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { plotRevision, plottedSums, settledAddress, textOf, waitForEveryPlot, waitForRedraw } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
/** m4l's in-range bins: 5 GeV from 80 GeV. */
const lowerEdge = (bin) => 80 + 5 * bin;

const session = browserAndServer(DIST_DIR, { artifacts: ARTIFACTS });

async function change(page, action) {
  const before = await plotRevision(page);
  await action();
  await waitForRedraw(page, before);
}

describe('the blind analysis', () => {
  test('blinding hides the data around 125 GeV everywhere until the frozen cuts are unblinded', async () => {
    const { page, problems } = await openPage(session.browser);
    await page.goto(`${session.server.url}?a=hzz4l`);
    await waitForEveryPlot(page);
    const open = await plottedSums(page, 'm4l');
    const total = async (axis) => (await plottedSums(page, axis)).data.reduce((a, b) => a + b, 0);
    const mz1Open = await total('mz1');

    await change(page, () => page.getByTestId('blind').check());
    const blind = await plottedSums(page, 'm4l');
    assert.deepEqual(blind.simulation, open.simulation, 'the simulation stays');
    const hidden = open.data.map((n, bin) => (n > 0 && blind.data[bin] === 0 ? lowerEdge(bin) : null)).filter((e) => e !== null);
    assert.ok(hidden.includes(120) && hidden.includes(125), `the Higgs peak is hidden: ${hidden}`);
    assert.ok(hidden.every((e) => e >= 105 && e < 140), `only around the peak: ${hidden}`);
    open.data.forEach((n, bin) => {
      if (!hidden.includes(lowerEdge(bin))) assert.equal(blind.data[bin], n, `bin at ${lowerEdge(bin)} GeV outside the region keeps its data`);
    });
    assert.equal(await page.locator('[data-testid="blind-banner"]').getAttribute('data-stage'), 'blinded');
    assert.match(await textOf(page, 'blind-banner'), /m₄ℓ/);
    await page.getByTestId('fit-blinded').waitFor();
    assert.equal(await page.getByTestId('fit-mu-hat').count(), 0, 'no observed μ̂ while blind');
    assert.equal(await page.getByTestId('summary-mu').count(), 0, 'nor in the summary bar');
    // The other plots hide the same events: as many fewer data in mz1 as in m4l.
    const hiddenCount = open.data.reduce((a, b) => a + b, 0) - blind.data.reduce((a, b) => a + b, 0);
    assert.ok(hiddenCount > 0);
    assert.equal(await total('mz1'), mz1Open - hiddenCount);

    // Cuts still work while blind.
    await change(page, () => page.getByTestId('chip-channel-4mu').click());
    const blindCut = await plottedSums(page, 'm4l');
    hidden.forEach((edge) => assert.equal(blindCut.data[(edge - 80) / 5], 0));

    await change(page, () => page.getByTestId('unblind').click());
    assert.equal(await page.locator('[data-testid="blind-banner"]').getAttribute('data-stage'), 'unblinded');
    assert.match(await textOf(page, 'blind-banner'), /4e, 2e2μ/, 'the frozen cuts are named (the chip took 4μ out)');
    await page.locator('[data-testid="fit"] [data-testid="fit-mu-hat"]').waitFor();
    const unblinded = await plottedSums(page, 'm4l');
    // The same view opened without blinding.
    const address = await settledAddress(page);
    const reference = await session.browser.newPage();
    await reference.goto(address.href);
    await waitForEveryPlot(reference);
    assert.deepEqual(unblinded, await plottedSums(reference, 'm4l'));
    await reference.close();

    assert.equal(await page.getByTestId('blind-changed').count(), 0);
    await change(page, () => page.getByTestId('chip-channel-4mu').click());
    await page.getByTestId('blind-changed').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('screenshots of the blinded view at phone and laptop widths, in English and Spanish', async () => {
    for (const lang of ['en', 'es']) {
      for (const width of [390, 1280]) {
        const { page } = await openPage(session.browser);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${session.server.url}?a=hzz4l&lang=${lang}`);
        await waitForEveryPlot(page);
        await change(page, () => page.getByTestId('blind').check());
        await page.screenshot({ path: path.join(ARTIFACTS, `blind-${lang}-${width}.png`) });
        await page.close();
      }
    }
  });
});
