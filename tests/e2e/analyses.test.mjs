// Every bundled analysis, reached the way a student reaches it: the home page's card. For each
// cube in assets/cubes/catalog.json (so new cubes are covered as soon as they are catalogued) a
// cut dragged across a plot, a typed cut and a category chip give exactly the yields and plots
// that histcube's engine computes natively (tests/yield-oracle) for that selection; a drag is one
// undo step; the link restores the view. Also: the home page downloads no cube, the download
// shows its progress in bytes, and a corrupt cube gives a readable alert with the way back.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser. YIELD_ORACLE: optional
// prebuilt tests/yield-oracle binary.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { launchChromium, openPage } from './support/browser.mjs';
import { askOracle, REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';
import {
  expectPlots, expectShown, expectYields, plotCanvas, pointOnPlot, settledAddress, textOf, waitForPlots, waitForRedraw,
} from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const CUBES_DIR = path.join(DIST_DIR, 'assets/cubes');
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
const catalog = JSON.parse(await readFile(path.join(CUBES_DIR, 'catalog.json'), 'utf8'));

/** What the card and the page call each kind of data (web/src/model/labels.rs). */
const DATA_KIND_TEXT = { Real: 'Real data', PseudoData: 'Pseudo-data (simulated)', None: 'Simulation only' };

let browser;
before(async () => {
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

/** The highest revision any plot shows. */
function latestRevision(page) {
  return page.evaluate(() => Math.max(...[...document.querySelectorAll('[data-testid^="plot-"] canvas')].map((c) => Number(c.dataset.revision))));
}

/** Drags with the mouse across a plot from one axis value to another. The plot is scrolled into
 * view first: the mouse only reaches what is on screen, and an analysis with many axes (the
 * explorer has nine) puts some of its plots below the first screenful. */
async function dragAcross(page, axisId, from, to) {
  await plotCanvas(page, axisId).scrollIntoViewIfNeeded();
  const start = await pointOnPlot(page, axisId, from);
  const end = await pointOnPlot(page, axisId, to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

describe('the home page and every bundled analysis', () => {
  let server;
  before(async () => {
    server = await startStaticServer(DIST_DIR);
  });
  after(async () => {
    await server?.close();
  });

  test('the home page shows one card per catalogued analysis with its kind of data, and downloads no cube', async () => {
    assert.ok(catalog.analyses.length >= 1, 'the catalog lists the bundled cubes');
    const { page, problems } = await openPage(browser);
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await page.getByTestId('analysis-cards').waitFor();
    assert.equal(await page.locator('.card').count(), catalog.analyses.length);
    for (const entry of catalog.analyses) {
      const card = page.getByTestId(`card-${entry.id}`);
      assert.match(await card.innerText(), /\S/);
      assert.equal(await textOf(page, `data-kind-${entry.id}`), `Data: ${DATA_KIND_TEXT[entry.data_kind]}`);
    }
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requested.filter((p) => p.endsWith('.cube')), [], 'the cards need no cube');
    await page.screenshot({ path: path.join(ARTIFACTS, 'home.png'), fullPage: true });
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  for (const entry of catalog.analyses) {
    test(`${entry.id}: from its card, a dragged cut, a typed cut and a category chip give the engine's yields, and the link restores them`, async () => {
      const cube = path.join(CUBES_DIR, entry.file);
      const uncut = askOracle(cube);
      const axisIds = uncut.histograms.map((h) => h.id);
      const numeric = uncut.histograms.filter((h) => h.kind === 'numeric' && h.edges.length >= 5);
      const categorical = uncut.histograms.find((h) => h.kind === 'category' && h.categories.length >= 2);
      assert.ok(numeric.length >= 1, `${entry.id} has a numeric axis with at least four bins to drag on`);

      // The drag: from 20 % of a bin past one interior edge to 20 % of a bin short of another,
      // so both ends must snap.
      // On the axis with the most bins, so that the drag spans whole bins on screen (the
      // explorer's first numeric axis, the jet count, has five).
      const dragAxis = numeric.reduce((most, h) => (h.edges.length > most.edges.length ? h : most));
      const edges = dragAxis.edges;
      const bins = edges.length - 1;
      const [lowIndex, highIndex] = [Math.max(1, Math.floor(bins * 0.25)), Math.min(bins - 1, Math.max(2, Math.floor(bins * 0.6)))];
      const [low, high] = [edges[lowIndex], edges[highIndex]];
      const from = low + 0.2 * (edges[lowIndex + 1] - low);
      const to = high - 0.2 * (high - edges[highIndex - 1]);
      const dragCut = ['--cut', `${dragAxis.id}=${low}:${high}`];
      // The typed cut: a lower end on a second numeric axis, or the upper end of the same one.
      const typeAxis = numeric.find((h) => h !== dragAxis);
      const typedEdge = typeAxis ? typeAxis.edges[Math.max(1, Math.floor((typeAxis.edges.length - 1) * 0.2))] : edges[highIndex - 1];
      const typedCut = typeAxis ? ['--cut', `${typeAxis.id}=${typedEdge}:`] : ['--cut', `${dragAxis.id}=${low}:${typedEdge}`];
      const categoryCut = categorical ? ['--categories', `${categorical.id}:${categorical.categories.slice(1).join(',')}`] : [];

      const afterDrag = askOracle(cube, dragCut);
      const afterTyping = askOracle(cube, typeAxis ? [...dragCut, ...typedCut] : typedCut);
      const everything = askOracle(cube, typeAxis ? [...dragCut, ...typedCut, ...categoryCut] : [...typedCut, ...categoryCut]);

      const { page, problems } = await openPage(browser);
      await page.goto(server.url);
      await page.getByTestId(`open-${entry.id}`).click();
      await waitForPlots(page, axisIds);
      assert.equal(new URL(page.url()).searchParams.get('a'), entry.id, 'the address names the analysis');
      await expectYields(page, uncut, `of ${entry.id} with no cut`);
      // The page says plainly what its data is.
      const provenance = await textOf(page, 'data-provenance');
      if (entry.data_kind === 'Real') assert.match(provenance, /real data/);
      if (entry.data_kind === 'PseudoData') {
        assert.match(provenance, /pseudo-data \(simulated\)/);
        assert.match(await textOf(page, 'toggle-process-data'), /Pseudo-data \(simulated\)/, 'the legend calls the data pseudo-data');
      }

      let revision = await latestRevision(page);
      await dragAcross(page, dragAxis.id, from, to);
      await waitForRedraw(page, revision);
      assert.equal(Number(await page.getByTestId(`cut-min-${dragAxis.id}`).inputValue()), low, 'the drag snapped its lower end');
      assert.equal(Number(await page.getByTestId(`cut-max-${dragAxis.id}`).inputValue()), high, 'the drag snapped its upper end');
      await expectYields(page, afterDrag, `after dragging ${low}–${high} on ${dragAxis.id}`);
      await expectPlots(page, afterDrag, `after dragging ${low}–${high} on ${dragAxis.id}`);
      // The whole drag is one undo step.
      await page.getByTestId('undo').click();
      await expectYields(page, uncut, 'after undoing the drag');
      await page.getByTestId('redo').click();
      await expectYields(page, afterDrag, 'after redoing the drag');

      revision = await latestRevision(page);
      const input = page.getByTestId(typeAxis ? `cut-min-${typeAxis.id}` : `cut-max-${dragAxis.id}`);
      await input.fill(String(typedEdge));
      await input.press('Enter');
      await waitForRedraw(page, revision);
      await expectYields(page, afterTyping, `after typing ${typedCut.join(' ')}`);

      if (categorical) {
        revision = await latestRevision(page);
        await page.getByTestId(`chip-${categorical.id}-${categorical.categories[0]}`).click();
        await waitForRedraw(page, revision);
      }
      await expectYields(page, everything, 'with every cut');
      await expectPlots(page, everything, 'with every cut');
      const z = everything.z_asimov;
      const meter = page.getByTestId('significance-meter');
      assert.ok(Math.abs(Number(await meter.getAttribute('aria-valuenow')) - (z === null ? 0 : Math.max(0, z))) < 0.006, 'the meter shows Z');
      await page.screenshot({ path: path.join(ARTIFACTS, `analysis-${entry.id}.png`), fullPage: true });

      // The link holds the analysis and every cut: opened afresh it shows the same numbers.
      const link = (await settledAddress(page)).href;
      assert.ok(new URL(link).search.startsWith(`?a=${entry.id}&`), `the link names the analysis first: ${link}`);
      const { page: fresh, problems: freshProblems } = await openPage(browser);
      await fresh.goto(link);
      await waitForPlots(fresh, axisIds);
      await expectYields(fresh, everything, 'from the shared link');
      await expectPlots(fresh, everything, 'from the shared link');
      assert.equal(fresh.url(), link, 'the link is written back unchanged');

      assert.deepEqual([...problems, ...freshProblems], [], 'the page logged errors');
      await page.close();
      await fresh.close();
    });
  }

  test('a finger drags a cut too (touch pointer events), and a tap is not a cut', async () => {
    const entry = catalog.analyses[0];
    const cube = path.join(CUBES_DIR, entry.file);
    const uncut = askOracle(cube);
    const axis = uncut.histograms.find((h) => h.kind === 'numeric' && h.edges.length >= 5);
    const edges = axis.edges;
    const [low, high] = [edges[1], edges[edges.length - 2]];
    const expected = askOracle(cube, ['--cut', `${axis.id}=${low}:${high}`]);
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?a=${entry.id}`);
    await waitForPlots(page, uncut.histograms.map((h) => h.id));
    const canvas = plotCanvas(page, axis.id);
    const touch = async (type, value) => {
      const point = await pointOnPlot(page, axis.id, value);
      await canvas.dispatchEvent(type, {
        pointerType: 'touch', pointerId: 7, isPrimary: true, button: 0, clientX: point.x, clientY: point.y, bubbles: true,
      });
    };
    // A tap: down and up in one place selects nothing.
    await touch('pointerdown', low);
    await touch('pointerup', low);
    await expectYields(page, uncut, 'after a tap');
    const revision = await latestRevision(page);
    await touch('pointerdown', low + 0.1 * (edges[2] - edges[1]));
    await touch('pointermove', 0.5 * (low + high));
    await touch('pointerup', high - 0.1 * (high - edges[edges.length - 3]));
    await waitForRedraw(page, revision);
    await expectYields(page, expected, `after a touch drag over ${low}–${high} on ${axis.id}`);
    assert.equal((await settledAddress(page)).searchParams.getAll('cut').join(' '), `${axis.id}:${low}:${high}`);
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('the back link, the shapes view and projector mode', async () => {
    const entry = catalog.analyses[0];
    const uncut = askOracle(path.join(CUBES_DIR, entry.file));
    const axisIds = uncut.histograms.map((h) => h.id);
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?a=${entry.id}&view=shapes&proj=1`);
    await waitForPlots(page, axisIds);
    assert.equal(await page.getByTestId('view-shapes').isChecked(), true);
    assert.equal(await page.evaluate(() => document.body.classList.contains('projector')), true);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="plot-"] canvas')].every((c) => c.dataset.view === 'shapes'));
    assert.match(await plotCanvas(page, axisIds[0]).getAttribute('aria-label'), /normalised to unit area/);
    await page.getByTestId('view-shapes').press('Space');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="plot-"] canvas')].every((c) => c.dataset.view === 'stack'));
    // Each plot's table alternative lists its bins; it is built only when opened.
    const table = page.getByTestId(`table-${axisIds[0]}`);
    await table.locator('summary').press('Enter');
    // The details element reports its opening in a later task.
    await table.locator('tbody tr').first().waitFor();
    assert.ok(await table.locator('tbody tr').count() >= 1, 'the table has a row per bin');
    await page.getByTestId('back-home').click();
    await page.getByTestId('analysis-cards').waitFor();
    assert.equal(new URL(page.url()).search, '', 'the home page has a plain address');
    assert.equal(await page.evaluate(() => document.body.classList.contains('projector')), false, 'projector mode belongs to the analysis');
    // The browser's back button returns to the analysis.
    await page.goBack();
    await waitForPlots(page, axisIds);
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });
});

describe('downloading a cube', () => {
  const entry = catalog.analyses[0];
  const urlPath = `/assets/cubes/${entry.file}`;

  test('the download shows its progress in bytes', async () => {
    const bytes = await readFile(path.join(CUBES_DIR, entry.file));
    const server = await startStaticServer(DIST_DIR, { [urlPath]: { status: 200, body: bytes, pauseAfter: Math.floor(bytes.length / 2), pauseMs: 2500 } });
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}?a=${entry.id}`);
      const total = bytes.length >= 1e6 ? `${(bytes.length / 1e6).toFixed(1)} MB` : bytes.length >= 1e3 ? `${(bytes.length / 1e3).toFixed(1)} kB` : `${bytes.length} B`;
      const halfway = new RegExp(`^Loading the analysis data: [0-9.]+ of ${total.replace('.', '\\.')}$`);
      await page.waitForFunction(
        ([pattern]) => new RegExp(pattern).test(document.querySelector('[data-testid="loading-text"]')?.textContent ?? '')
          && Number(document.querySelector('[data-testid="loading"] progress')?.value) > 0,
        [halfway.source],
      );
      assert.ok(Number(await page.locator('[data-testid="loading"] progress').getAttribute('max')) === bytes.length);
      await page.locator('canvas[data-state="drawn"]').first().waitFor();
      assert.deepEqual(problems, [], 'the page logged errors');
      await page.close();
    } finally {
      await server.close();
    }
  });

  test('without a Content-Length, the download opened from its card counts against the catalog\'s size', async () => {
    const bytes = await readFile(path.join(CUBES_DIR, entry.file));
    const server = await startStaticServer(DIST_DIR, {
      [urlPath]: { status: 200, body: bytes, pauseAfter: Math.floor(bytes.length / 2), pauseMs: 2500, noLength: true },
    });
    try {
      const { page, problems } = await openPage(browser);
      await page.goto(server.url);
      await page.getByTestId(`open-${entry.id}`).click();
      const total = entry.bytes >= 1e6 ? `${(entry.bytes / 1e6).toFixed(1)} MB` : entry.bytes >= 1e3 ? `${(entry.bytes / 1e3).toFixed(1)} kB` : `${entry.bytes} B`;
      await page.waitForFunction(
        ([suffix]) => (document.querySelector('[data-testid="loading-text"]')?.textContent ?? '').endsWith(` of ${suffix}`),
        [total],
      );
      await page.locator('canvas[data-state="drawn"]').first().waitFor();
      assert.deepEqual(problems, [], 'the page logged errors');
      await page.close();
    } finally {
      await server.close();
    }
  });

  test('a corrupt cube opened from the home page gives a readable alert and the way back', async () => {
    const bytes = Buffer.from(await readFile(path.join(CUBES_DIR, entry.file)));
    // Flip bytes in the middle of the payload: the checksum no longer matches.
    for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 16; i += 1) bytes[i] ^= 0xff;
    const server = await startStaticServer(DIST_DIR, { [urlPath]: { status: 200, body: bytes } });
    try {
      const { page } = await openPage(browser);
      await page.goto(server.url);
      await page.getByTestId(`open-${entry.id}`).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /could not be opened/);
      assert.match(text, /checksum/i);
      assert.equal(await page.locator('canvas').count(), 0, 'no plot without a cube');
      await page.screenshot({ path: path.join(ARTIFACTS, 'corrupt-cube.png'), fullPage: true });
      await alert.getByTestId('back-home').click();
      await page.getByTestId('analysis-cards').waitFor();
      await page.close();
    } finally {
      await server.close();
    }
  });
});
