// What the analyser page shows, read back for end-to-end tests, and compared with the numbers
// histcube's engine computes natively (tests/yield-oracle, via ./oracle.mjs).

import assert from 'node:assert/strict';

/** Decimals the page prints yields with (web/src/model/numbers.rs, DECIMALS). */
export const DECIMALS = 2;
export const NOT_DEFINED = '—';

/** The text of the element with `data-testid`. */
export function textOf(page, testid) {
  return page.getByTestId(testid).innerText();
}

/**
 * Waits until the element shows `expected` (a number, or null for "not defined") to the page's
 * precision — `decimals` decimals, 0 for a count of data events — and fails naming both values
 * if it does not.
 */
export async function expectShown(page, testid, expected, what, decimals = DECIMALS) {
  const matches = (text) => {
    if (expected === null) return text.trim() === NOT_DEFINED;
    const printed = text.trim();
    const pattern = decimals === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${decimals}}$`);
    return pattern.test(printed) && Math.abs(Number(printed) - expected) <= 0.5 * 10 ** -decimals + 1e-9;
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
export async function expectYields(page, report, situation) {
  // Data are counted events: whole numbers.
  await expectShown(page, 'yield-data', report.data.sumw, `data yield ${situation}`, 0);
  assert.equal(await textOf(page, 'count-data'), String(report.data.count), `raw data events ${situation}`);
  await expectShown(page, 'yield-signal', report.signal.sumw, `signal ${situation}`);
  await expectShown(page, 'error-signal', report.signal.error, `signal error ${situation}`);
  await expectShown(page, 'yield-background', report.background.sumw, `background ${situation}`);
  await expectShown(page, 'error-background', report.background.error, `background error ${situation}`);
  await expectShown(page, 's-over-sqrt-b', report.s_over_sqrt_b, `s/√b ${situation}`);
  await expectShown(page, 'z-asimov', report.z_asimov, `Asimov Z ${situation}`);
  for (const process of report.processes) {
    const decimals = process.role === 'data' ? 0 : DECIMALS;
    await expectShown(page, `yield-process-${process.id}`, process.sumw, `${process.id} yield ${situation}`, decimals);
    assert.equal(await textOf(page, `count-process-${process.id}`), String(process.count), `${process.id} raw events ${situation}`);
  }
}

/** The canvas of one axis's plot. */
export function plotCanvas(page, axisId) {
  return page.locator(`[data-testid="plot-${axisId}"] canvas`);
}

/**
 * A plot's canvas once it has written out what it shows (its sums, bin labels and axis map:
 * the app writes them only when a `describe` event asks, web/src/ui/plot.rs).
 */
export async function describedCanvas(page, axisId) {
  const canvas = plotCanvas(page, axisId);
  await canvas.evaluate((c) => c.dispatchEvent(new Event('describe')));
  return canvas;
}

/** Page coordinates of axis value `value` on a plot, halfway down its plotting area. */
export async function pointOnPlot(page, axisId, value) {
  const canvas = await describedCanvas(page, axisId);
  const [left, right, top, bottom, xFrom, xTo] = (await canvas.getAttribute('data-x-map')).split(',').map(Number);
  const box = await canvas.boundingBox();
  return { x: box.x + left + ((value - xFrom) / (xTo - xFrom)) * (right - left), y: box.y + 0.5 * (top + bottom) };
}

/** Waits until every axis's plot is drawn. */
export async function waitForPlots(page, axisIds) {
  for (const id of axisIds) {
    await page.locator(`[data-testid="plot-${id}"] canvas[data-state="drawn"]`).waitFor();
  }
}

/**
 * Waits until the analysis view in `pageOrFrame` (a page, or the frame of an embedded app) has
 * drawn every plot it shows, without knowing the analysis's axes. The plots after the first row
 * are built one a task after the first paint; until the last is there the grid is `aria-busy`.
 * The benchmarks, which load the largest cubes under a slowed CPU, pass a longer `timeout`.
 */
export async function waitForEveryPlot(pageOrFrame, { timeout = 60_000 } = {}) {
  await pageOrFrame.waitForFunction(() => {
    const canvases = [...document.querySelectorAll('[data-testid^="plot-"] canvas')];
    return canvases.length > 0 && !document.querySelector('.plot-grid[aria-busy="true"]')
      && canvases.every((c) => c.dataset.state === 'drawn');
  }, null, { timeout });
}

/**
 * The page's address once the app has written its current view into it. The app writes the
 * address once the view has been unchanged for 300 ms (`QUIET` in web/src/ui/address.rs), not at
 * each change, so right after a redraw the address can still be the previous one; a 400 ms timer
 * queued now runs after that write.
 */
export async function settledAddress(page) {
  return new URL(await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(location.href), 400))));
}

/** A canvas's drawing revision: it goes up by one each time a cut changes the selection. */
export async function plotRevision(page, axisId = 'm4l') {
  return Number(await plotCanvas(page, axisId).getAttribute('data-revision'));
}

/** Waits until every plot shows a selection newer than `previous`. */
export async function waitForRedraw(page, previous) {
  await page.waitForFunction(
    (rev) => {
      const canvases = [...document.querySelectorAll('[data-testid^="plot-"] canvas')];
      return canvases.length > 0 && !document.querySelector('.plot-grid[aria-busy="true"]')
        && canvases.every((c) => c.dataset.state === 'drawn' && Number(c.dataset.revision) > rev);
    },
    previous,
  );
}

/** The per-bin data and simulated-stack sums a plot says it drew. */
export async function plottedSums(page, axisId) {
  const canvas = await describedCanvas(page, axisId);
  const parse = (text) => (text ? text.split(',').map(Number) : []);
  const flow = (text) => (text === null ? null : { data: parse(text)[0], simulation: parse(text)[1] });
  return {
    data: parse(await canvas.getAttribute('data-data-sums')),
    simulation: parse(await canvas.getAttribute('data-stack-sums')),
    underflow: flow(await canvas.getAttribute('data-underflow')),
    overflow: flow(await canvas.getAttribute('data-overflow')),
  };
}

/** Every plot's bins against the oracle's histograms (each with every cut but its own). */
export async function expectPlots(page, report, situation) {
  for (const expected of report.histograms) {
    const shown = await plottedSums(page, expected.id);
    for (const part of ['data', 'simulation']) {
      assert.equal(shown[part].length, expected[part].length, `${expected.id} ${part} bins ${situation}`);
      expected[part].forEach((value, bin) => {
        assert.ok(
          Math.abs(shown[part][bin] - value) <= 0.5 * 10 ** -DECIMALS + 1e-9,
          `${expected.id} ${part} bin ${bin} ${situation}: the plot shows ${shown[part][bin]}, histcube computes ${value}`,
        );
      });
    }
    // A numeric axis draws every flow bin the engine keeps; a category axis draws none (its
    // "other" bin has no place on a bar chart of named categories).
    for (const side of ['underflow', 'overflow']) {
      if (expected[side] === null || expected.kind === 'category') {
        assert.equal(shown[side], null, `${expected.id} has no ${side} bin, yet the plot draws one ${situation}`);
        continue;
      }
      assert.notEqual(shown[side], null, `${expected.id} ${side} is not drawn ${situation}`);
      for (const part of ['data', 'simulation']) {
        assert.ok(
          Math.abs(shown[side][part] - expected[side][part]) <= 0.5 * 10 ** -DECIMALS + 1e-9,
          `${expected.id} ${side} ${part} ${situation}: the plot shows ${shown[side][part]}, histcube computes ${expected[side][part]}`,
        );
      }
    }
  }
}

