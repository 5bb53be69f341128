// The built app (dist/) in real Chromium: it loads the cube, draws the histogram, and its yields
// follow the cut exactly as histcube's engine computes them natively; broken or missing cubes
// give a readable alert instead of a blank page.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser (default /usr/bin/chromium).
// YIELD_ORACLE: optional prebuilt tests/yield-oracle binary.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { launchChromium, openPage } from './support/browser.mjs';
import { askOracle, REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const CUBE_URL_PATH = '/assets/cubes/hzz4l.cube';
const CUBE_FILE = path.join(DIST_DIR, CUBE_URL_PATH);
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
/** Decimals the page prints yields with (web/src/model/format.rs, DECIMALS). */
const DECIMALS = 2;
const NOT_DEFINED = '—';

let browser;
before(async () => {
  browser = await launchChromium();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

/** The text of the element with `data-testid`. */
function textOf(page, testid) {
  return page.getByTestId(testid).innerText();
}

/**
 * Waits until the element shows `expected` (a number, or null for "not defined") to the page's
 * precision, and fails naming both values if it does not.
 */
async function expectShown(page, testid, expected, what) {
  const matches = (text) => {
    if (expected === null) return text.trim() === NOT_DEFINED;
    const printed = text.trim();
    return new RegExp(`^-?\\d+\\.\\d{${DECIMALS}}$`).test(printed)
      && Math.abs(Number(printed) - expected) <= 0.5 * 10 ** -DECIMALS + 1e-9;
  };
  const deadline = Date.now() + 5000;
  let text = await textOf(page, testid);
  while (!matches(text) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    text = await textOf(page, testid);
  }
  assert.ok(matches(text), `${what}: the page shows "${text}", histcube computes ${expected}`);
}

/** Every number of the yields panel against the oracle's report. */
async function expectYields(page, report, situation) {
  await expectShown(page, 'yield-data', report.data.sumw, `data yield ${situation}`);
  assert.equal(await textOf(page, 'count-data'), String(report.data.count), `raw data events ${situation}`);
  await expectShown(page, 'yield-signal', report.signal.sumw, `signal ${situation}`);
  await expectShown(page, 'error-signal', report.signal.error, `signal error ${situation}`);
  await expectShown(page, 'yield-background', report.background.sumw, `background ${situation}`);
  await expectShown(page, 'error-background', report.background.error, `background error ${situation}`);
  await expectShown(page, 's-over-sqrt-b', report.s_over_sqrt_b, `s/√b ${situation}`);
  await expectShown(page, 'z-asimov', report.z_asimov, `Asimov Z ${situation}`);
  for (const process of report.processes) {
    await expectShown(page, `yield-process-${process.id}`, process.sumw, `${process.id} yield ${situation}`);
    assert.equal(await textOf(page, `count-process-${process.id}`), String(process.count), `${process.id} raw events ${situation}`);
  }
}

/** The canvas's drawing revision: it goes up by one each time a cut changes the selection. */
async function plotRevision(page) {
  const canvas = page.locator('canvas[data-testid="histogram"][data-state="drawn"]');
  return Number(await canvas.getAttribute('data-revision'));
}

async function waitForRedraw(page, previous) {
  await page.waitForFunction(
    (rev) => Number(document.querySelector('canvas[data-testid="histogram"]')?.dataset.revision) > rev,
    previous,
  );
}

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
    await page.goto(server.url);
    await page.locator('canvas[data-testid="histogram"][data-state="drawn"]').waitFor();

    assert.match(await textOf(page, 'analysis-title'), /\S/);
    assert.match(await textOf(page, 'data-provenance'), /ATLAS Open Data.*√s = \d+(\.\d+)? TeV, \d+(\.\d+)? fb⁻¹/);
    await expectYields(page, uncut, 'with no cut');
    await screenshot(page, 'analyser-loaded.png');

    // Typing the ends of the window, committed with Enter.
    let revision = await plotRevision(page);
    await page.getByTestId('cut-min').fill(String(edges[low]));
    await page.getByTestId('cut-min').press('Enter');
    await waitForRedraw(page, revision);
    revision = await plotRevision(page);
    await page.getByTestId('cut-max').fill(String(edges[high]));
    await page.getByTestId('cut-max').press('Enter');
    await waitForRedraw(page, revision);
    assert.equal(Number(await page.getByTestId('cut-min').inputValue()), edges[low]);
    assert.equal(Number(await page.getByTestId('cut-max').inputValue()), edges[high]);
    await expectYields(page, windowed, `for ${edges[low]} ≤ ${uncut.axis.id} < ${edges[high]}`);
    await screenshot(page, 'analyser-cut.png');

    // The keyboard moves the upper end down by one bin edge.
    revision = await plotRevision(page);
    await page.getByTestId('cut-max').press('ArrowDown');
    await waitForRedraw(page, revision);
    assert.equal(Number(await page.getByTestId('cut-max').inputValue()), edges[high - 1]);
    await expectYields(page, narrowed, `for ${edges[low]} ≤ ${uncut.axis.id} < ${edges[high - 1]}`);

    // Removing the cut gives back the uncut numbers.
    revision = await plotRevision(page);
    await page.getByTestId('cut-reset').click();
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
    await page.goto(server.url);
    await page.locator('canvas[data-testid="histogram"][data-state="drawn"]').waitFor();
    const revision = await plotRevision(page);
    await page.getByTestId('cut-min').fill(String(typed));
    await page.getByTestId('cut-min').press('Enter');
    await waitForRedraw(page, revision);
    assert.equal(Number(await page.getByTestId('cut-min').inputValue()), edges[index]);
    // Only the lower end is cut, so the upper end is open.
    const expected = askOracle(CUBE_FILE, ['--axis', axis.id, '--range', `${edges[index]}:`]);
    await expectYields(page, expected, `for ${axis.id} ≥ ${edges[index]}`);
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
        await page.goto(server.url);
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
