// The cut-flow table (issue 20): after each cut a student applies, its rows are what histcube's
// engine computes natively (tests/yield-oracle) for the first cut, then the first two, … —
// every process's yield, s, b, the share of signal and background each step kept, s/√b and Z —
// in the order the cuts were applied; undo takes the last row away; the CSV download holds the
// same numbers to four decimals. Also screenshots of the table (390 and 1280 px, English and
// Spanish) in tests/e2e/artifacts/ for a person to look at.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser. YIELD_ORACLE: optional
// prebuilt tests/yield-oracle binary.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { csvParseRows } from 'd3-dsv';

import { openPage } from './support/browser.mjs';
import { browserAndServer } from './support/session.mjs';
import { askOracle, REPO_ROOT } from './support/oracle.mjs';
import { expectShown, plotRevision, settledAddress, textOf, waitForPlots, waitForRedraw } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const CUBE_FILE = path.join(DIST_DIR, 'assets/cubes/hzz4l.cube');
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');

const session = browserAndServer(DIST_DIR, { artifacts: ARTIFACTS });

/** The share `after / before` as the page prints it ("62.5%", one decimal), or null when undefined. */
function share(after, before) {
  return before > 0 ? (100 * after) / before : null;
}

/** Waits until the percentage in `testid` is `expected` (one decimal), or a dash when null. */
async function expectPercent(page, testid, expected, what) {
  const text = (await textOf(page, testid)).trim();
  if (expected === null) {
    assert.equal(text, '—', `${what}: undefined, the page shows "${text}"`);
    return;
  }
  const match = text.match(/^(\d+\.\d)%$/);
  assert.ok(match, `${what}: "${text}" is a percentage with one decimal`);
  assert.ok(Math.abs(Number(match[1]) - expected) <= 0.05 + 1e-9, `${what}: the page shows ${text}, histcube gives ${expected}%`);
}

/** Row `step` of the table against the oracle's `report`, and its efficiencies against `previous`. */
async function expectStep(page, step, report, previous) {
  const where = `cut-flow step ${step}`;
  for (const process of report.processes) {
    const decimals = process.role === 'data' ? 0 : 2;
    await expectShown(page, `cutflow-${step}-${process.id}`, process.sumw, `${process.id} at ${where}`, decimals);
  }
  await expectShown(page, `cutflow-${step}-signal`, report.signal.sumw, `s at ${where}`);
  await expectShown(page, `cutflow-${step}-background`, report.background.sumw, `b at ${where}`);
  await expectShown(page, `cutflow-${step}-s-over-sqrt-b`, report.s_over_sqrt_b, `s/√b at ${where}`);
  await expectShown(page, `cutflow-${step}-z`, report.z_asimov, `Z at ${where}`);
  const [signal, background] = previous
    ? [share(report.signal.sumw, previous.signal.sumw), share(report.background.sumw, previous.background.sumw)]
    : [null, null];
  await expectPercent(page, `cutflow-${step}-eff-signal`, signal, `signal kept at ${where}`);
  await expectPercent(page, `cutflow-${step}-eff-background`, background, `background kept at ${where}`);
}

/** The number of steps the table shows. */
function rowCount(page) {
  return page.locator('[data-testid="cutflow"] tbody tr').count();
}

/** Waits until step `step` names the cut `name`. */
async function waitForStepName(page, step, name) {
  await page.waitForFunction(
    ([testid, text]) => document.querySelector(`[data-testid="${testid}"] th`)?.innerText.trim() === text,
    [`cutflow-row-${step}`, name],
  );
}

async function waitForRows(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="cutflow"] tbody tr').length === n, count);
}

describe('the cut-flow table', () => {
  test('follows the cuts step by step in the order applied, as histcube computes them', async () => {
    const uncut = askOracle(CUBE_FILE);
    const fourMu = askOracle(CUBE_FILE, ['--categories', 'channel:4mu']);
    const fourMuWindow = askOracle(CUBE_FILE, ['--categories', 'channel:4mu', '--cut', 'm4l=115:135']);
    const window = askOracle(CUBE_FILE, ['--cut', 'm4l=115:135']);

    const { page, problems } = await openPage(session.browser);
    await page.goto(`${session.server.url}?a=hzz4l`);
    await waitForPlots(page, uncut.histograms.map((h) => h.id));
    await page.getByTestId('cutflow').waitFor();
    assert.equal(await rowCount(page), 1, 'no cut yet: one row');
    assert.equal(await textOf(page, 'cutflow-row-0').then((t) => t.split('\t')[0].trim()), 'No cut');
    await expectStep(page, 0, uncut, null);

    // First the channel (two chips released: one axis, one step), then the mass window.
    let revision = await plotRevision(page);
    await page.getByTestId('chip-channel-4e').click();
    await waitForRedraw(page, revision);
    revision = await plotRevision(page);
    await page.getByTestId('chip-channel-2e2mu').click();
    await waitForRedraw(page, revision);
    await waitForRows(page, 2);
    revision = await plotRevision(page);
    await page.getByTestId('cut-min-m4l').fill('115');
    await page.getByTestId('cut-min-m4l').press('Enter');
    await page.getByTestId('cut-max-m4l').fill('135');
    await page.getByTestId('cut-max-m4l').press('Enter');
    await waitForRedraw(page, revision);
    await waitForRows(page, 3);
    // The two ends are two updates: the redraw awaited above may be the lower end's alone.
    await page.waitForFunction(() => document.querySelector('[data-testid="cutflow-row-2"] th')?.innerText.includes('135'));

    assert.match(await page.locator('[data-testid="cutflow-row-1"] th').innerText(), /^Channel 4μ$/);
    assert.match(await page.locator('[data-testid="cutflow-row-2"] th').innerText(), /^m₄ℓ 115–135 GeV$/);
    await expectStep(page, 0, uncut, null);
    await expectStep(page, 1, fourMu, uncut);
    await expectStep(page, 2, fourMuWindow, fourMu);

    // The CSV holds the same steps, to four decimals.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cutflow-download').click()]);
    assert.equal(download.suggestedFilename(), 'hzz4l-cutflow.csv');
    const lines = csvParseRows((await readFile(await download.path(), 'utf8')).trim());
    assert.equal(lines.length, 4, 'a header and three steps');
    const header = lines[0];
    assert.equal(header[0], 'Cut');
    const column = (label) => header.indexOf(label);
    const steps = [[lines[1], uncut, null], [lines[2], fourMu, uncut], [lines[3], fourMuWindow, fourMu]];
    for (const [cells, report, previous] of steps) {
      const near = (text, expected, what) =>
        assert.ok(Math.abs(Number(text) - expected) <= 5e-5 * Math.max(1, Math.abs(expected)), `CSV ${what}: ${text} vs ${expected}`);
      near(cells[column('Signal, s')], report.signal.sumw, 's');
      near(cells[column('Background, b')], report.background.sumw, 'b');
      near(cells[column('s/√b')], report.s_over_sqrt_b, 's/√b');
      near(cells[column('Z (Asimov)')], report.z_asimov, 'Z');
      // A column per process after the cut's, in the cube's order.
      report.processes.forEach((process, i) => near(cells[1 + i], process.sumw, `${process.id} yield`));
      const kept = previous ? report.signal.sumw / previous.signal.sumw : null;
      if (kept === null) assert.equal(cells[column('Signal kept')], '', 'no efficiency before the first cut');
      else near(cells[column('Signal kept')], kept, 'signal kept');
    }

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId('cutflow').scrollIntoViewIfNeeded();
      await page.locator('.cutflow-panel').screenshot({ path: path.join(ARTIFACTS, `cutflow-en-${width}.png`) });
    }

    // Undoing the two typed ends of the window takes its step away; cutting the mass first
    // then puts it first.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('undo').click();
    await waitForStepName(page, 2, 'm₄ℓ ≥ 115 GeV');
    await page.getByTestId('undo').click();
    await waitForRows(page, 2);
    await expectStep(page, 1, fourMu, uncut);
    await page.getByTestId('reset-all').click();
    await waitForRows(page, 1);
    await page.getByTestId('cut-min-m4l').fill('115');
    await page.getByTestId('cut-min-m4l').press('Enter');
    await page.getByTestId('cut-max-m4l').fill('135');
    await page.getByTestId('cut-max-m4l').press('Enter');
    await waitForRows(page, 2);
    await page.getByTestId('chip-channel-4e').click();
    await page.getByTestId('chip-channel-2e2mu').click();
    await waitForRows(page, 3);
    await expectStep(page, 1, window, uncut);
    await expectStep(page, 2, fourMuWindow, window);

    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('a link with cuts lists them, in Spanish with the language’s numbers', async () => {
    const { page, problems } = await openPage(session.browser);
    await page.goto(`${session.server.url}?a=hzz4l&lang=es`);
    await page.getByTestId('cutflow').waitFor();
    await page.getByTestId('chip-channel-4e').click();
    await page.getByTestId('chip-channel-2e2mu').click();
    await page.getByTestId('cut-min-m4l').fill('115');
    await page.getByTestId('cut-min-m4l').press('Enter');
    await page.getByTestId('cut-max-m4l').fill('135');
    await page.getByTestId('cut-max-m4l').press('Enter');
    await waitForRows(page, 3);
    assert.equal(await page.locator('[data-testid="cutflow-row-0"] th').innerText(), 'Sin cortes');
    assert.match(await textOf(page, 'cutflow-1-eff-signal'), /^\d+,\d\u00a0%$/, 'a decimal comma and a non-breaking space');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId('cutflow').scrollIntoViewIfNeeded();
      await page.locator('.cutflow-panel').screenshot({ path: path.join(ARTIFACTS, `cutflow-es-${width}.png`) });
    }
    // The same view from its link: the cuts arrive together and are listed in the order of the
    // analysis's guided path (the channel, which the path does not cut, last).
    await page.goto((await settledAddress(page)).href);
    await waitForRows(page, 3);
    await waitForStepName(page, 1, 'm₄ℓ 115–135 GeV');
    await waitForStepName(page, 2, 'Canal 4μ');
    // The path cuts the first pair's mass (m₁₂) before the four-lepton mass, though m₄ℓ is the cube's first axis.
    await page.goto(`${session.server.url}?a=hzz4l&lang=es&cut=m4l:115:135&cut=mz1:48:108`);
    await waitForRows(page, 3);
    await waitForStepName(page, 1, 'm₁₂ 48–108 GeV');
    await waitForStepName(page, 2, 'm₄ℓ 115–135 GeV');
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });
});
