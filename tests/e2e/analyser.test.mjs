// The built app (dist/) in real Chromium: it loads the cube, draws one linked histogram per axis,
// and its yields and plots follow the cuts exactly as histcube's engine computes them natively;
// broken or missing cubes give a readable alert instead of a blank page.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser (default /usr/bin/chromium).
// YIELD_ORACLE: optional prebuilt tests/yield-oracle binary.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { launchChromium, openPage } from './support/browser.mjs';
import { askOracle, REPO_ROOT } from './support/oracle.mjs';
import {
  expectPlots, expectShown, expectYields, plotCanvas, plotRevision, plottedSums, settledAddress, textOf, waitForPlots,
  waitForRedraw,
} from './support/analyser.mjs';
import { startStaticServer } from './support/server.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const CUBE_URL_PATH = '/assets/cubes/hzz4l.cube';
const CUBE_FILE = path.join(DIST_DIR, CUBE_URL_PATH);
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
let browser;
before(async () => {
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

/** A full-page screenshot for a person to look at (tests/e2e/artifacts/, not committed). */
function screenshot(page, name) {
  return page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

/** Interior bin edges near `value`, so that both ends of the cut are closed. */
function interiorEdgeIndexNear(edges, value) {
  let best = 1;
  for (let i = 1; i < edges.length - 1; i += 1) {
    if (Math.abs(edges[i] - value) < Math.abs(edges[best] - value)) best = i;
  }
  return best;
}

describe('the analyser with the bundled cube', () => {
  let server;
  before(async () => {
    server = await startStaticServer(DIST_DIR);
  });
  after(async () => {
    await server?.close();
  });

  test('shows the histogram and yields, and the yields follow the cut as histcube computes them', async () => {
    const uncut = askOracle(CUBE_FILE);
    const edges = uncut.axis.edges;
    assert.ok(edges.length >= 4, `the plotted axis needs at least three bins, it has ${edges.length - 1}`);
    // A window around the Higgs mass when the axis reaches it, else around its middle.
    const centre = edges[0] < 125 && 125 < edges.at(-1) ? 125 : (edges[0] + edges.at(-1)) / 2;
    let low = interiorEdgeIndexNear(edges, centre - 10);
    let high = interiorEdgeIndexNear(edges, centre + 10);
    if (high <= low) [low, high] = [1, edges.length - 2];
    const windowed = askOracle(CUBE_FILE, ['--axis', uncut.axis.id, '--range', `${edges[low]}:${edges[high]}`]);
    const narrowed = askOracle(CUBE_FILE, ['--axis', uncut.axis.id, '--range', `${edges[low]}:${edges[high - 1]}`]);

    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?a=hzz4l`);
    await waitForPlots(page, uncut.histograms.map((h) => h.id));

    assert.match(await textOf(page, 'analysis-title'), /\S/);
    assert.match(await textOf(page, 'data-provenance'), /ATLAS Open Data.*√s = \d+(\.\d+)? TeV, \d+(\.\d+)? fb⁻¹/);
    await expectYields(page, uncut, 'with no cut');
    await screenshot(page, 'analyser-loaded.png');

    // Typing the ends of the window, committed with Enter.
    let revision = await plotRevision(page);
    await page.getByTestId('cut-min-m4l').fill(String(edges[low]));
    await page.getByTestId('cut-min-m4l').press('Enter');
    await waitForRedraw(page, revision);
    revision = await plotRevision(page);
    await page.getByTestId('cut-max-m4l').fill(String(edges[high]));
    await page.getByTestId('cut-max-m4l').press('Enter');
    await waitForRedraw(page, revision);
    assert.equal(Number(await page.getByTestId('cut-min-m4l').inputValue()), edges[low]);
    assert.equal(Number(await page.getByTestId('cut-max-m4l').inputValue()), edges[high]);
    await expectYields(page, windowed, `for ${edges[low]} ≤ ${uncut.axis.id} < ${edges[high]}`);
    await screenshot(page, 'analyser-cut.png');

    // The keyboard moves the upper end down by one bin edge.
    revision = await plotRevision(page);
    await page.getByTestId('cut-max-m4l').press('ArrowDown');
    await waitForRedraw(page, revision);
    assert.equal(Number(await page.getByTestId('cut-max-m4l').inputValue()), edges[high - 1]);
    await expectYields(page, narrowed, `for ${edges[low]} ≤ ${uncut.axis.id} < ${edges[high - 1]}`);

    // Removing the cut gives back the uncut numbers.
    revision = await plotRevision(page);
    await page.getByTestId('cut-reset-m4l').click();
    await waitForRedraw(page, revision);
    await expectYields(page, uncut, 'after removing the cut');

    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('a typed value between bin edges snaps to the nearest edge', async () => {
    const { axis } = askOracle(CUBE_FILE);
    const edges = axis.edges;
    const index = interiorEdgeIndexNear(edges, (edges[0] + edges.at(-1)) / 2);
    const typed = edges[index] + 0.3 * (edges[index + 1] - edges[index]);

    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?a=hzz4l`);
    await waitForPlots(page, [axis.id]);
    const revision = await plotRevision(page);
    await page.getByTestId('cut-min-m4l').fill(String(typed));
    await page.getByTestId('cut-min-m4l').press('Enter');
    await waitForRedraw(page, revision);
    assert.equal(Number(await page.getByTestId('cut-min-m4l').inputValue()), edges[index]);
    // Only the lower end is cut, so the upper end is open.
    const expected = askOracle(CUBE_FILE, ['--axis', axis.id, '--range', `${edges[index]}:`]);
    await expectYields(page, expected, `for ${axis.id} ≥ ${edges[index]}`);
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('channel chips cut by category; every plot follows the oracle; reset all restores everything', async () => {
    const uncut = askOracle(CUBE_FILE);
    const axisIds = uncut.histograms.map((h) => h.id);
    const onlyFourMu = askOracle(CUBE_FILE, ['--categories', 'channel:4mu']);
    const fourMuWindow = askOracle(CUBE_FILE, ['--categories', 'channel:4mu', '--cut', 'm4l=115:135']);

    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?a=hzz4l`);
    await waitForPlots(page, axisIds);
    await expectPlots(page, uncut, 'with no cut');
    assert.equal(await textOf(page, 'cuts-summary'), 'No cuts: every event is selected.');
    assert.equal(await page.getByTestId('reset-all').isDisabled(), true, 'nothing to reset yet');

    // Keep only 4μ: release the 4e and 2e2μ chips.
    let revision = await plotRevision(page);
    await page.getByTestId('chip-channel-4e').click();
    await waitForRedraw(page, revision);
    revision = await plotRevision(page);
    await page.getByTestId('chip-channel-2e2mu').click();
    await waitForRedraw(page, revision);
    assert.equal(await page.getByTestId('chip-channel-4mu').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByTestId('chip-channel-4e').getAttribute('aria-pressed'), 'false');
    await expectYields(page, onlyFourMu, 'with only the 4μ channel');
    await expectPlots(page, onlyFourMu, 'with only the 4μ channel');
    // The channel plot ignores its own cut: it still shows every channel as with no cut.
    const uncutChannel = uncut.histograms.find((h) => h.id === 'channel');
    // The plot exposes its sums with the page's two decimals (simulation weights are not whole).
    const printed = (values) => values.map((v) => Number(v.toFixed(2)));
    assert.deepEqual(
      await plottedSums(page, 'channel'),
      { data: printed(uncutChannel.data), simulation: printed(uncutChannel.simulation), underflow: null, overflow: null },
      'the channel plot keeps its content under its own cut',
    );
    assert.equal(await textOf(page, 'cuts-summary'), 'Channel 4μ');

    // The last selected chip stays pressed, and says so; it is still reached from the keyboard.
    assert.equal(await page.getByTestId('chip-channel-4mu').getAttribute('aria-disabled'), 'true');
    await page.getByTestId('chip-channel-4mu').press('Enter');
    assert.equal(await page.getByTestId('chip-channel-4mu').getAttribute('aria-pressed'), 'true');

    // A window in m4l on top: the m4l plot keeps its bins, the other plots change.
    const m4lBefore = await plottedSums(page, 'm4l');
    const mz1Before = await plottedSums(page, 'mz1');
    revision = await plotRevision(page);
    await page.getByTestId('cut-min-m4l').fill('115');
    await page.getByTestId('cut-min-m4l').press('Enter');
    await waitForRedraw(page, revision);
    revision = await plotRevision(page);
    await page.getByTestId('cut-max-m4l').fill('135');
    await page.getByTestId('cut-max-m4l').press('Enter');
    await waitForRedraw(page, revision);
    await expectYields(page, fourMuWindow, 'with 4μ and 115 ≤ m4l < 135');
    await expectPlots(page, fourMuWindow, 'with 4μ and 115 ≤ m4l < 135');
    assert.deepEqual(await plottedSums(page, 'm4l'), m4lBefore, 'the m4l plot ignores its own cut');
    assert.notDeepEqual(await plottedSums(page, 'mz1'), mz1Before, 'the m4l cut changes the mz1 plot');
    assert.equal(await textOf(page, 'cuts-summary'), 'm₄ℓ 115–135 GeV · Channel 4μ');
    await screenshot(page, 'analyser-linked-cuts.png');

    // One button removes every cut.
    revision = await plotRevision(page);
    await page.getByTestId('reset-all').click();
    await waitForRedraw(page, revision);
    await expectYields(page, uncut, 'after resetting all cuts');
    await expectPlots(page, uncut, 'after resetting all cuts');
    assert.equal(await textOf(page, 'cuts-summary'), 'No cuts: every event is selected.');
    assert.equal(await page.getByTestId('chip-channel-4e').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByTestId('cut-min-m4l').inputValue(), String(uncut.axis.edges[0]));

    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });
});

describe('a shareable view: the URL, undo and redo, process toggles and log y', () => {
  let server;
  before(async () => {
    server = await startStaticServer(DIST_DIR);
  });
  after(async () => {
    await server?.close();
  });

  /** The page's query string, without the leading `?`. */
  function queryOf(page) {
    return new URL(page.url()).search.replace(/^\?/, '');
  }

  /** Waits until the address bar shows `expected` as its query string. */
  async function expectQuery(page, expected, situation) {
    await page.waitForFunction((query) => window.location.search.replace(/^\?/, '') === query, expected).catch(() => {});
    assert.equal(decodeURIComponent(queryOf(page)), expected, `the URL ${situation}`);
  }

  test('a link with cuts opens with the oracle\'s yields; a change updates the URL; reloading it restores the view', async () => {
    const uncut = askOracle(CUBE_FILE);
    const axisIds = uncut.histograms.map((h) => h.id);
    const linked = askOracle(CUBE_FILE, ['--cut', 'm4l=115:135', '--categories', 'channel:4mu,2e2mu']);
    const narrowed = askOracle(CUBE_FILE, ['--cut', 'm4l=115:130', '--categories', 'channel:4mu,2e2mu']);

    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?cut=m4l:115:135&cut=channel:4mu,2e2mu`);
    await waitForPlots(page, axisIds);
    await expectYields(page, linked, 'from the link');
    await expectPlots(page, linked, 'from the link');
    assert.equal(await textOf(page, 'cuts-summary'), 'm₄ℓ 115–135 GeV · Channel 4μ, 2e2μ');
    assert.equal(await page.getByTestId('chip-channel-4e').getAttribute('aria-pressed'), 'false');
    assert.equal(await page.getByTestId('link-notice').count(), 0, 'a good link gives no notice');
    await expectQuery(page, 'a=hzz4l&cut=m4l:115:135&cut=channel:4mu,2e2mu', 'of a good link, named by the analysis it opens');

    const entries = await page.evaluate(() => window.history.length);
    const revision = await plotRevision(page);
    await page.getByTestId('cut-max-m4l').press('ArrowDown');
    await waitForRedraw(page, revision);
    await expectQuery(page, 'a=hzz4l&cut=m4l:115:130&cut=channel:4mu,2e2mu', 'after moving the upper end');
    assert.equal(await page.evaluate(() => window.history.length), entries, 'a cut change adds no history entry');

    await page.reload();
    await waitForPlots(page, axisIds);
    assert.equal(Number(await page.getByTestId('cut-min-m4l').inputValue()), 115);
    assert.equal(Number(await page.getByTestId('cut-max-m4l').inputValue()), 130);
    await expectYields(page, narrowed, 'after reloading the changed link');
    await expectPlots(page, narrowed, 'after reloading the changed link');

    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('a held arrow key writes the address once, with the cut it ends on', async () => {
    // Each new address makes Chromium load and decode the page's icon again (icons are kept per
    // page address): a drag must not write one per step (docs/benchmarks.md, 7 December).
    const { page, problems } = await openPage(browser);
    await page.addInitScript(() => {
      window.__addressWrites = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (state, unused, url) => {
        window.__addressWrites.push(String(url));
        return replace(state, unused, url);
      };
    });
    await page.goto(`${server.url}?a=hzz4l`);
    await waitForPlots(page, askOracle(CUBE_FILE).histograms.map((h) => h.id));
    await settledAddress(page);
    await page.evaluate(() => { window.__addressWrites = []; });
    // Six steps at a held key's repeat rate (30 a second), dispatched in the page.
    const revision = await plotRevision(page);
    await page.evaluate(async () => {
      const field = document.querySelector('[data-testid="cut-max-m4l"]');
      for (let step = 0; step < 6; step += 1) {
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 33));
      }
    });
    await waitForRedraw(page, revision);
    const upper = await page.getByTestId('cut-max-m4l').inputValue();
    const settled = await settledAddress(page);
    assert.match(decodeURIComponent(settled.search), new RegExp(`[?&]cut=m4l:[^&]*:${upper}(&|$)`), 'the address holds the last cut');
    const writes = await page.evaluate(() => window.__addressWrites);
    assert.equal(writes.length, 1, `one address write for six steps, not ${writes.length}: ${writes.join(', ')}`);
    assert.equal(new URL(writes[0], settled).href, settled.href, 'the one write is of the last cut');
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('a held arrow key holds the y axes still, fits them once it stops, and a way back redraws no axis', async () => {
    // Redrawing an axis (its grid and tick labels) is the most expensive part of a repaint: while
    // the selection moves a plot keeps its axis as long as the contents fill a sixth of it, fits
    // it once the selection has been still for a moment (web/src/model/ticks.rs), and keeps the
    // last few axes drawn, so a drag back over the same stretch finds them again.
    // Tall enough for every plot to be on screen, and so painted at every step.
    const screen = { width: 1280, height: 2600 };
    const { page, problems } = await openPage(browser);
    await page.setViewportSize(screen);
    await page.goto(`${server.url}?a=hzz4l`);
    const axisIds = askOracle(CUBE_FILE).histograms.map((h) => h.id);
    await waitForPlots(page, axisIds);
    const plots = (p) => p.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-testid^="plot-"] canvas')].map((c) => {
      c.dispatchEvent(new Event('describe'));
      const current = Number(c.dataset.paintedRevision) === Number(c.dataset.revision);
      return [c.closest('figure').dataset.testid, { top: current ? Number(c.dataset.yMax) : null, axesDrawn: Number(c.dataset.scaffoldDraws) }];
    })));
    // A quarter of a second of a held key (7 steps at 30 a second, one bin edge each), read a
    // moment after the last step, while the selection still moves.
    const hold = (key) => page.evaluate(async (key) => {
      const field = document.querySelector('[data-testid="cut-min-lead_lep_pt"]');
      for (let step = 0; step < 7; step += 1) {
        field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 33));
      }
    }, key);
    const before = await plots(page);
    // The leading lepton above 100 GeV (edges 0, 20, 30, 40, 50, 60, 80, 100): the m(Z₁) and m(Z₂)
    // plots' contents shrink to about a fifth of their axes, under 40 % but over a sixth.
    await hold('ArrowUp');
    const moving = await plots(page);
    const address = await settledAddress(page);
    const still = await plots(page);
    const { page: fresh } = await openPage(browser);
    await fresh.setViewportSize(screen);
    await fresh.goto(address.href);
    await waitForPlots(fresh, axisIds);
    const fitted = await plots(fresh);
    await fresh.close();
    // An axis a still plot keeps: the contents' own (the fresh page's) fits, and fills 40 % of it.
    const keptWhenStill = (id, top) => fitted[id].top <= top && fitted[id].top >= 0.4 * top;
    const tops = (shown) => JSON.stringify(Object.fromEntries(Object.entries(shown).map(([id, p]) => [id, p.top])));
    const held = Object.keys(moving).filter((id) => fitted[id].top !== null && moving[id].top === before[id].top && !keptWhenStill(id, moving[id].top));
    assert.ok(held.length > 0, `some plot keeps an axis while the cut moves that a still plot would refit: before ${tops(before)}, moving ${tops(moving)}, fitted ${tops(fitted)}`);
    for (const id of Object.keys(still).filter((id) => still[id].top !== null && fitted[id].top !== null)) {
      assert.ok(keptWhenStill(id, still[id].top), `${id}: once still, its axis (${still[id].top}) fits the contents (${fitted[id].top} on a fresh page)`);
    }

    // And back down to where it started: every axis on the way back was drawn on the way there.
    await hold('ArrowDown');
    await settledAddress(page);
    const back = await plots(page);
    for (const id of Object.keys(back)) {
      assert.equal(back[id].axesDrawn, still[id].axesDrawn, `${id}: the way back draws no new axis`);
      assert.equal(back[id].top, before[id].top, `${id}: back where it started, the axis it started with`);
    }
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('garbage in the link is named in a dismissible notice and the view falls back to the defaults', async () => {
    const uncut = askOracle(CUBE_FILE);
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?cut=mass:1:2&cut=m4l:abc:130&cut=channel:4tau&hide=ttbar&logy=maybe`);
    await waitForPlots(page, uncut.histograms.map((h) => h.id));
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await notice.waitFor();
    const text = await notice.innerText();
    // Key names only (web/src/model/link_notice.rs): a link cannot put its own words on the page.
    assert.ok(text.includes('cut (3), hide, logy'), `the notice names the parameters: "${text}"`);
    for (const part of ['mass', 'abc', '4tau', 'ttbar', 'maybe']) {
      assert.ok(!text.includes(part), `the notice does not echo ${part}: "${text}"`);
    }
    await expectYields(page, uncut, 'with a garbage link');
    assert.equal(await textOf(page, 'cuts-summary'), 'No cuts: every event is selected.');
    await expectQuery(page, 'a=hzz4l', 'after dropping the garbage');
    await page.getByTestId('link-notice-dismiss').click();
    await page.getByTestId('link-notice').waitFor({ state: 'detached' });
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('undo and redo walk through cut changes, by button and by keyboard', async () => {
    const uncut = askOracle(CUBE_FILE);
    const first = askOracle(CUBE_FILE, ['--cut', 'm4l=115:']);
    const second = askOracle(CUBE_FILE, ['--cut', 'm4l=115:135']);

    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?a=hzz4l`);
    await waitForPlots(page, uncut.histograms.map((h) => h.id));
    assert.equal(await page.getByTestId('undo').isDisabled(), true, 'nothing to undo yet');

    let revision = await plotRevision(page);
    await page.getByTestId('cut-min-m4l').fill('115');
    await page.getByTestId('cut-min-m4l').press('Enter');
    await waitForRedraw(page, revision);
    revision = await plotRevision(page);
    await page.getByTestId('cut-max-m4l').fill('135');
    await page.getByTestId('cut-max-m4l').press('Enter');
    await waitForRedraw(page, revision);
    await expectYields(page, second, 'after the second cut');

    await page.getByTestId('undo').click();
    await expectYields(page, first, 'after undo');
    assert.equal(Number(await page.getByTestId('cut-max-m4l').inputValue()), uncut.axis.edges.at(-1));
    await page.getByTestId('redo').click();
    await expectYields(page, second, 'after redo');
    assert.equal(await page.getByTestId('redo').isDisabled(), true, 'nothing left to redo');

    // The shortcuts, with focus on a button rather than in a number field.
    await page.getByTestId('undo').focus();
    await page.keyboard.press('Control+z');
    await expectYields(page, first, 'after Ctrl+Z');
    await page.keyboard.press('Control+z');
    await expectYields(page, uncut, 'after a second Ctrl+Z');
    await page.keyboard.press('Control+Shift+Z');
    await expectYields(page, first, 'after Ctrl+Shift+Z');
    await page.keyboard.press('Control+y');
    await expectYields(page, second, 'after Ctrl+Y');
    await expectQuery(page, 'a=hzz4l&cut=m4l:115:135', 'after redoing both cuts');

    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('hiding the data removes it from the plots and the data sum, not from s and b; log y redraws every plot', async () => {
    const uncut = askOracle(CUBE_FILE);
    const axisIds = uncut.histograms.map((h) => h.id);
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?a=hzz4l`);
    await waitForPlots(page, axisIds);

    const dataToggle = page.getByTestId('toggle-process-data');
    assert.equal(await dataToggle.getAttribute('aria-pressed'), 'true');
    await dataToggle.click();
    assert.equal(await dataToggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.getByTestId('toggle-row-data').getAttribute('aria-pressed'), 'false');
    await expectShown(page, 'yield-data', 0, 'data yield with the data hidden', 0);
    assert.equal(await textOf(page, 'count-data'), '0');
    await expectShown(page, 'yield-signal', uncut.signal.sumw, 'signal with the data hidden');
    await expectShown(page, 'yield-background', uncut.background.sumw, 'background with the data hidden');
    await expectShown(page, 's-over-sqrt-b', uncut.s_over_sqrt_b, 's/√b with the data hidden');
    await expectShown(page, 'yield-process-data', uncut.processes.find((p) => p.id === 'data').sumw, 'the data row keeps its yield', 0);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="plot-"] canvas')]
      .every((c) => c.dispatchEvent(new Event('describe')) && c.dataset.dataSums.split(',').every((v) => Number(v) === 0)));
    await expectQuery(page, 'a=hzz4l&hide=data', 'with the data hidden');

    // Back with the keyboard, from the yields table.
    await page.getByTestId('toggle-row-data').press('Enter');
    await expectShown(page, 'yield-data', uncut.data.sumw, 'data yield shown again', 0);
    await expectPlots(page, uncut, 'with the data shown again');
    await expectQuery(page, 'a=hzz4l', 'with everything shown');

    await page.getByTestId('log-y').check();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="plot-"] canvas')]
      .every((c) => c.dataset.yScale === 'log' && c.dataset.state === 'drawn'));
    await expectQuery(page, 'a=hzz4l&logy=1', 'with a log y axis');
    await expectPlots(page, uncut, 'on a log y axis');

    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });
});

describe('exporting what is on screen', () => {
  let server;
  before(async () => {
    server = await startStaticServer(DIST_DIR);
  });
  after(async () => {
    await server?.close();
  });

  /** Clicks the button with `testid` and returns the download's suggested name and bytes. */
  async function download(page, testid) {
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    return { name: saved.suggestedFilename(), bytes: await readFile(await saved.path()) };
  }

  test('the histograms download as UHI JSON matching the oracle, and a plot downloads as PNG and SVG', async () => {
    const cut = askOracle(CUBE_FILE, ['--cut', 'm4l=115:135', '--categories', 'channel:4mu']);
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?cut=m4l:115:135&cut=channel:4mu`);
    await waitForPlots(page, cut.histograms.map((h) => h.id));

    const json = await download(page, 'download-histograms');
    assert.equal(json.name, `${cut.analysis_id}-histograms.json`);
    const histograms = JSON.parse(json.bytes.toString('utf8'));
    const expectedKeys = cut.histograms.flatMap((h) => cut.processes.map((p) => `${h.id}/${p.id}`));
    assert.deepEqual(Object.keys(histograms).sort(), expectedKeys.sort());
    for (const [key, histogram] of Object.entries(histograms)) {
      assert.equal(histogram.uhi_schema, 1, `${key} is UHI schema 1`);
    }
    // The m4l plot applies the channel cut but not its own: underflow, the in-range bins, overflow.
    const dataProcesses = cut.processes.filter((p) => p.role === 'data');
    assert.equal(dataProcesses.length, 1, 'the bundled cube has one data process');
    const m4l = cut.histograms.find((h) => h.id === 'm4l');
    const expected = [m4l.underflow.data, ...m4l.data, m4l.overflow.data];
    const values = histograms[`m4l/${dataProcesses[0].id}`].storage.values;
    assert.equal(values.length, expected.length, 'm4l data bins, flow included');
    expected.forEach((value, bin) => {
      assert.ok(Math.abs(values[bin] - value) <= 1e-9, `m4l data bin ${bin}: the file has ${values[bin]}, histcube computes ${value}`);
    });

    const png = await download(page, 'download-png-m4l');
    assert.equal(png.name, `${cut.analysis_id}-m4l.png`);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');

    const svg = await download(page, 'download-svg-m4l');
    assert.equal(svg.name, `${cut.analysis_id}-m4l.svg`);
    const drawing = svg.bytes.toString('utf8');
    assert.match(drawing, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/, 'an SVG document');
    assert.match(drawing, /ATLAS Open Data/, 'with the plot label');
    assert.match(drawing, /<rect/, 'with the bars and the shading');

    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });
});

describe('the analyser without a usable cube', () => {
  const cases = [
    {
      name: 'garbage bytes',
      response: async () => ({ status: 200, body: Buffer.from('this is not a histogram cube at all, just text\n'.repeat(20)) }),
      message: /not a cube file/,
    },
    {
      name: 'a truncated cube',
      response: async () => {
        const bytes = await readFile(CUBE_FILE);
        return { status: 200, body: bytes.subarray(0, Math.floor(bytes.length / 2)) };
      },
      message: /truncated/,
    },
    {
      name: 'a missing cube (HTTP 404)',
      response: async () => ({ status: 404, body: 'not found' }),
      message: /could not load assets\/cubes\/hzz4l\.cube: the server answered 404/,
    },
  ];

  for (const { name, response, message } of cases) {
    test(`${name} gives a readable alert, not a blank page`, async () => {
      const server = await startStaticServer(DIST_DIR, { [CUBE_URL_PATH]: await response() });
      try {
        const { page } = await openPage(browser);
        await page.goto(`${server.url}?a=hzz4l`);
        const alert = page.getByRole('alert');
        await alert.waitFor();
        const text = await alert.innerText();
        assert.match(text, /could not be opened/);
        assert.match(text, message);
        assert.equal(await page.locator('canvas').count(), 0, 'no plot without a cube');
        if (name === 'garbage bytes') {
          await screenshot(page, 'analyser-corrupt-cube.png');
        }
        await page.close();
      } finally {
        await server.close();
      }
    });
  }
});
