// The signal-strength panel (issue 8): after a typed cut on the fitted axis, and after hiding
// the signal, the μ̂ (+σ₊ −σ₋) and Z the page shows are what the native CLI
// `preprocess fit <cube> --axis … --cut … --json` computes for the same selection, to the
// page's two decimals; a refused fit shows the reason the CLI gives, in words. Also: the scan is
// drawn with its text alternative, a cube without data is fitted to the Asimov data set and
// says so, and the pyhf workspace downloads.
//
// Every bundled analysis is covered; so are cubes built here from the committed small simulated
// samples (crates/ntuple-writer/tests/data/simulated), served at the bundled cubes' addresses,
// so the numbers are compared even while a bundled cube carries no simulation.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser. YIELD_ORACLE,
// PREPROCESS: optional prebuilt tests/yield-oracle and preprocess binaries.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { launchChromium, openPage } from './support/browser.mjs';
import { askFit, askOracle, REPO_ROOT, runPreprocess } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';
import { DECIMALS, textOf, waitForPlots, waitForRedraw } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const CUBES_DIR = path.join(DIST_DIR, 'assets/cubes');
const SAMPLES = path.join(REPO_ROOT, 'crates/ntuple-writer/tests/data/simulated');
const catalog = JSON.parse(await readFile(path.join(CUBES_DIR, 'catalog.json'), 'utf8'));

let browser;
let scratch;
before(async () => {
  browser = await launchChromium();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'fit-e2e-'));
});
after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Builds `analysis`'s cube from the committed simulated samples of `skim` into the scratch folder. */
async function buildFromSamples(analysis, skim, dataKind) {
  const inputs = (await readdir(SAMPLES)).filter((f) => f.endsWith(`.${skim}.root`)).map((f) => path.join(SAMPLES, f));
  const output = path.join(scratch, `${analysis}-${dataKind}.cube`);
  const run = runPreprocess(['build', analysis, ...inputs, '--data-kind', dataKind, '-o', output]);
  assert.equal(run.status, 0, `preprocess build ${analysis} failed:\n${run.stderr}`);
  return output;
}

/** The printed number in element `testid` equals `expected` to the page's precision. */
async function expectNumber(page, testid, expected, what) {
  const text = (await textOf(page, testid)).trim();
  if (expected === null) {
    assert.equal(text, '∞', `${what}: histcube's value is infinite, the page shows "${text}"`);
    return;
  }
  assert.match(text, new RegExp(`^-?\\d+\\.\\d{${DECIMALS}}$`), `${what}: "${text}" is a number with ${DECIMALS} decimals`);
  assert.ok(
    Math.abs(Number(text) - expected) <= 0.5 * 10 ** -DECIMALS + 1e-9,
    `${what}: the page shows ${text}, preprocess fit computes ${expected}`,
  );
}

/** The newest selection any plot shows. */
function plotsRevision(page) {
  return page.evaluate(() => Math.max(...[...document.querySelectorAll('[data-testid^="plot-"] canvas')].map((c) => Number(c.dataset.revision))));
}

/**
 * Waits until the fit panel shows the fit of the selection of `revision` or later, with no newer
 * fit on its way (the fit runs in a task of its own after each change).
 */
async function waitForFit(page, revision) {
  await page.waitForFunction((rev) => {
    const panel = document.querySelector('[data-testid="fit"]');
    return panel && Number(panel.dataset.revision) >= rev && panel.dataset.pending === 'false';
  }, revision);
}

/** The fit panel against the CLI's report for the same selection. */
async function expectFit(page, report, situation) {
  const panel = page.getByTestId('fit');
  if (report.refused) {
    assert.equal(await panel.getAttribute('data-state'), 'failed', `the fit is refused ${situation}`);
    const error = page.getByTestId('fit-error');
    assert.equal(await error.getAttribute('data-error'), report.refused, `the reason ${situation}`);
    const words = await error.innerText();
    assert.ok(words.length > 20 && !/^fit-error/.test(words), `the reason is written out ${situation}: "${words}"`);
    assert.ok(await page.getByTestId('download-workspace').isDisabled(), `nothing to download ${situation}`);
    return;
  }
  assert.equal(await panel.getAttribute('data-state'), 'fitted', `the fit works ${situation}: ${await panel.innerText()}`);
  await expectNumber(page, 'fit-mu-hat', report.mu_hat, `μ̂ ${situation}`);
  if (await page.getByTestId('fit-mu-limit').count()) {
    // μ̂ at its lower bound: the interval's upper end instead of "+σ₊ −0.00".
    // The app's rule (fit_view::at_lower_bound): within a millionth of μ's range of the bound,
    // where the minimiser stops (hww's window on mT: μ̂ = 6e-5 with μ in [0, 1888]).
    const [lowest, highest] = report.mu_bounds;
    const atBound = report.lower_at_bound && report.mu_hat - lowest <= 1e-6 * Math.max(Math.abs(highest - lowest), 1);
    assert.ok(atBound, `the page reads μ̂ at its bound only when it is there ${situation}`);
    assert.equal(await page.getByTestId('fit-sigma-down').count(), 0, `no "−0.00" ${situation}`);
    const upper = (await textOf(page, 'fit-mu-limit')).replace(/^μ < /, '');
    assert.ok(Math.abs(Number(upper) - (report.mu_hat + report.sigma_up)) <= 0.006, `μ < ${upper} ${situation}`);
  } else {
    await expectNumber(page, 'fit-sigma-up', report.sigma_up, `σ₊ ${situation}`);
    await expectNumber(page, 'fit-sigma-down', report.sigma_down, `σ₋ ${situation}`);
  }
  await expectNumber(page, 'fit-z', report.z, `Z ${situation}`);
  assert.equal(await page.getByTestId('fit-z-expected').count(), report.data === 'asimov' ? 0 : 1, `the expected Z beside an observed one ${situation}`);
  assert.equal(await page.getByTestId('fit-expected').count(), report.data === 'asimov' ? 1 : 0, `"expected (Asimov)" shown only for the Asimov fit ${situation}`);
  await page.locator('[data-testid="fit-scan"][data-state="drawn"]').waitFor();
  assert.match(await textOf(page, 'fit-scan-text'), new RegExp(`μ̂ = ${(await textOf(page, 'fit-mu-hat')).replace('.', '\\.')}`), `the scan's text alternative ${situation}`);
}

/**
 * Opens `analysis` (its cube as `cube` on disk), checks the fit with no cut, after a typed window
 * on the fitted axis, and after hiding every signal process.
 */
async function checkAnalysis(server, analysis, cube, extra = []) {
  const uncut = askOracle(cube);
  const { page, problems } = await openPage(browser);
  await page.goto(`${server.url}?a=${analysis}`);
  await waitForPlots(page, uncut.histograms.map((h) => h.id));
  const panel = page.getByTestId('fit');
  await panel.waitFor();
  const axisId = await panel.getAttribute('data-axis');
  assert.ok(axisId, `${analysis} names the axis it fits`);
  await waitForFit(page, await plotsRevision(page));
  await expectFit(page, askFit(cube, axisId, extra), `of ${analysis} with no cut`);

  // A typed window on the fitted axis, from a quarter to three quarters of its bins.
  const axis = uncut.histograms.find((h) => h.id === axisId);
  assert.ok(axis?.kind === 'numeric', `${analysis} fits a numeric axis`);
  const bins = axis.edges.length - 1;
  // Interior edges, so that each typed end changes the selection (ttz's jet count starts at 3
  // with no underflow bin: a lower end at 3 would cut nothing).
  const [low, high] = [axis.edges[Math.max(1, Math.floor(bins * 0.25))], axis.edges[Math.min(bins - 1, Math.ceil(bins * 0.75))]];
  let revision = await plotsRevision(page);
  for (const [end, value] of [['min', low], ['max', high]]) {
    const input = page.getByTestId(`cut-${end}-${axisId}`);
    await input.fill(String(value));
    await input.press('Enter');
    await waitForRedraw(page, revision);
    revision = await plotsRevision(page);
  }
  await waitForFit(page, revision);
  const window = ['--cut', `${axisId}=${low}:${high}`];
  await expectFit(page, askFit(cube, axisId, [...extra, ...window]), `of ${analysis} with ${axisId} in [${low}, ${high})`);

  // Hiding the signal refits at once: nothing is left to measure.
  const signals = uncut.processes.filter((p) => p.role === 'signal').map((p) => p.id);
  for (const id of signals) {
    await page.getByTestId(`toggle-row-${id}`).click();
  }
  const hidden = askFit(cube, axisId, [...extra, ...window, ...signals.flatMap((id) => ['--hide', id])]);
  assert.equal(hidden.refused, 'no-signal', 'without its signal the CLI refuses the fit');
  // Hiding changes no cut, so the revision stays; the panel says when the refit is done.
  await waitForFit(page, revision);
  await expectFit(page, hidden, `of ${analysis} with its signal hidden`);
  for (const id of signals) {
    await page.getByTestId(`toggle-row-${id}`).click();
  }
  await waitForFit(page, revision);
  await expectFit(page, askFit(cube, axisId, [...extra, ...window]), `of ${analysis} with its signal shown again`);
  assert.deepEqual(problems, [], 'the page logged errors');
  return { page, axisId, window };
}

describe('the signal-strength fit in the page equals the native CLI', () => {
  let server;
  before(async () => {
    server = await startStaticServer(DIST_DIR);
  });
  after(async () => {
    await server?.close();
  });

  for (const entry of catalog.analyses) {
    test(`${entry.id}: the bundled cube`, async () => {
      const { page } = await checkAnalysis(server, entry.id, path.join(CUBES_DIR, entry.file));
      await page.close();
    });
  }
});

describe('the fit on cubes built from the committed simulated samples', () => {
  test('H → WW with pseudo-data: the numbers, the scan and the workspace download', async () => {
    const cube = await buildFromSamples('hww', '2lep', 'pseudo');
    const server = await startStaticServer(DIST_DIR, { '/assets/cubes/hww.cube': { status: 200, body: await readFile(cube) } });
    try {
      const { page, axisId, window } = await checkAnalysis(server, 'hww', cube);
      // The page's selection is now the window on the fitted axis, every process shown.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-workspace').click()]);
      assert.equal(download.suggestedFilename(), 'hww-workspace.json');
      const saved = path.join(scratch, 'hww-workspace.json');
      await download.saveAs(saved);
      const reference = path.join(scratch, 'hww-workspace-cli.json');
      const written = runPreprocess(['workspace', cube, '--axis', axisId, ...window, '-o', reference]);
      assert.equal(written.status, 0, written.stderr);
      assert.deepEqual(
        JSON.parse(await readFile(saved, 'utf8')),
        JSON.parse(await readFile(reference, 'utf8')),
        'the download is the workspace `preprocess workspace` writes for the same selection',
      );
      await page.close();
    } finally {
      await server.close();
    }
  });

  test('H → ZZ → 4ℓ without data: the expected (Asimov) result, labelled so', async () => {
    const cube = await buildFromSamples('hzz4l', '4lep', 'none');
    const server = await startStaticServer(DIST_DIR, { '/assets/cubes/hzz4l.cube': { status: 200, body: await readFile(cube) } });
    try {
      const { page } = await checkAnalysis(server, 'hzz4l', cube, ['--asimov']);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
