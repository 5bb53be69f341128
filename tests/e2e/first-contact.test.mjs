// First contact (issue 14): what a new student or teacher sees first must read right.
//
// - The m₄ℓ plot's y axis is set by its in-range bins, not by the overflow column (125 data
//   events at ≥ 250 GeV would flatten the 125 GeV peak): `data-y-max` on the canvas.
// - Integer axes (number of jets, of b-jets) are labelled as counts, 0, 1, 2 … and "≥ n".
// - A y axis of millions takes out a power of ten (no `8000000` under the title); data are
//   whole numbers of events, in English and in Spanish.
// - On a 390 px phone the summary bar with s, b, Z and μ̂ stays on screen after scrolling down
//   to the last plot, and follows a cut.
// - At the lower bound the fit writes an upper end ("μ < …"), never "−0.00", and beside the
//   observed Z the expected one with a sentence on how pseudo-data fluctuate.
// - The UHI download labels axes in words and units in the page's language.
// - Accessibility: every button's accessible name contains its visible text, and every
//   control is a target of at least 24 × 24 CSS pixels.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { launchChromium, openPage } from './support/browser.mjs';
import { loadCatalogue } from './support/catalogue.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';
import { describedCanvas, plotRevision, textOf, waitForEveryPlot, waitForRedraw } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));

let browser;
let server;
let english;
let spanish;
before(async () => {
  browser = await launchChromium();
  server = await startStaticServer(DIST_DIR);
  english = await loadCatalogue('en');
  spanish = await loadCatalogue('es');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The numbers a plot's canvas carries for tests (web/src/ui/plot.rs). */
async function plotNumbers(page, axisId) {
  const canvas = await describedCanvas(page, axisId);
  const list = async (name) => ((await canvas.getAttribute(name)) ?? '').split(',').filter((v) => v !== '').map(Number);
  return {
    yMax: Number(await canvas.getAttribute('data-y-max')),
    yFactor: Number(await canvas.getAttribute('data-y-factor')),
    data: await list('data-data-sums'),
    stack: await list('data-stack-sums'),
    overflow: await list('data-overflow'),
    binLabels: await canvas.getAttribute('data-bin-labels'),
  };
}

describe('the plots', () => {
  test('the m₄ℓ overflow column does not set the y range: the in-range bins do', async () => {
    const { page, problems } = await openPage(browser);
    try {
      await page.goto(`${server.url}?a=hzz4l`);
      await waitForEveryPlot(page);
      const m4l = await plotNumbers(page, 'm4l');
      const [overflowData] = m4l.overflow;
      const inRangeTop = Math.max(...m4l.data, ...m4l.stack);
      assert.ok(m4l.yMax >= inRangeTop, `the axis (${m4l.yMax}) holds every in-range bin (${inRangeTop})`);
      // With its error bar, room for the label in the corner and rounding up to a round number,
      // never more than that.
      const withErrors = inRangeTop + 2 * Math.sqrt(inRangeTop) + 2;
      assert.ok(m4l.yMax <= withErrors * 1.45 * 1.25, `the axis (${m4l.yMax}) is set by the in-range bins (${inRangeTop})`);
      assert.ok(overflowData > m4l.yMax, `the overflow column (${overflowData} events) is taller than the axis (${m4l.yMax}): drawn cut, not scaled to`);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('integer axes are counts: one bar per count, labelled 0, 1, 2 … and ≥ n', async () => {
    const { page, problems } = await openPage(browser);
    try {
      await page.goto(`${server.url}?a=ttz`);
      await waitForEveryPlot(page);
      for (const axisId of ['njets', 'nbjets']) {
        const { binLabels, data } = await plotNumbers(page, axisId);
        assert.ok(binLabels, `${axisId} names its bars`);
        const labels = binLabels.split('|');
        const counts = labels.slice(0, data.length);
        assert.deepEqual(counts, counts.map((_, i) => String(Number(counts[0]) + i)), `${axisId}: whole counts in order, "${binLabels}"`);
        assert.match(labels.at(-1), /^≥ \d+$/, `${axisId}: the overflow bar reads "≥ n"`);
        assert.equal(Number(labels.at(-1).slice(2)), Number(counts.at(-1)) + 1, `${axisId}: "≥ n" follows the last count`);
      }
      // A continuous axis keeps its round ticks.
      assert.equal(await plotNumbers(page, 'mll').then((p) => p.binLabels), null);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  for (const [lang, pattern] of [['en', /^\d+$/], ['es', /^\d{1,3}(\u202f\d{3})*$|^\d{4}$/]]) {
    test(`large counts: y labels take out a power of ten, data are whole events (${lang})`, async () => {
      const { page, problems } = await openPage(browser);
      try {
        await page.goto(`${server.url}?a=hww&lang=${lang}`);
        await waitForEveryPlot(page);
        const axes = await page.$$eval('[data-testid^="plot-"] canvas', (cs) => cs.map((c) => c.closest('figure').dataset.testid.slice(5)));
        let large = 0;
        for (const axisId of axes) {
          const { yMax, yFactor } = await plotNumbers(page, axisId);
          if (yMax >= 1e4) {
            large++;
            assert.ok(yFactor >= 3 && yFactor % 3 === 0, `${axisId}: a y axis up to ${yMax} takes out 10^${yFactor}`);
            assert.ok(yMax / 10 ** yFactor < 1000, `${axisId}: its labels stay short (${yMax / 10 ** yFactor})`);
          } else {
            assert.equal(yFactor, 0, `${axisId}: a y axis up to ${yMax} is written plainly`);
          }
        }
        assert.ok(large > 0, 'the uncut H → WW plots reach ten thousand events');
        const data = (await textOf(page, 'yield-data')).trim();
        assert.match(data, pattern, `the data yield is a whole number of events: "${data}"`);
        assert.match((await textOf(page, 'yield-process-data')).trim(), pattern, 'so is the data row');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('on a phone', () => {
  test('the summary bar keeps s, b, Z and μ̂ on screen while scrolling and cutting', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await page.goto(`${server.url}?a=hzz4l`);
      await waitForEveryPlot(page);
      const bar = page.getByTestId('summary-bar');
      await page.getByTestId('summary-mu').waitFor();
      // Down to the last plot, far from the yields panel.
      const last = page.locator('[data-testid^="plot-"]').last();
      await last.scrollIntoViewIfNeeded();
      const box = await bar.boundingBox();
      const yields = await page.getByTestId('yields').boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 844 + 0.5, `the bar is on screen: ${JSON.stringify(box)}`);
      assert.ok(box.width <= 390 && box.height < 120, `the bar is one compact strip: ${JSON.stringify(box)}`);
      assert.ok(yields.y > 844, 'the yields panel itself is off screen below');
      const same = async () => {
        for (const [bar, panel] of [['summary-s', 'yield-signal'], ['summary-b', 'yield-background'], ['summary-z', 'z-asimov']]) {
          assert.equal(await textOf(page, bar), await textOf(page, panel), `${bar} shows ${panel}`);
        }
      };
      await same();
      // A cut typed on the m₄ℓ plot's control: the bar follows.
      const revision = await plotRevision(page);
      const minimum = page.getByTestId('cut-min-m4l');
      await minimum.fill('115');
      await minimum.press('Enter');
      await waitForRedraw(page, revision);
      await same();
      const after = await bar.boundingBox();
      assert.ok(after.y + after.height <= 844 + 0.5, 'still on screen after the cut');
    } finally {
      await page.close();
    }
  });

  test('a wide screen has no summary bar: the yields panel stays in view there', async () => {
    const { page } = await openPage(browser);
    try {
      await page.goto(`${server.url}?a=hzz4l`);
      await waitForEveryPlot(page);
      assert.equal(await page.getByTestId('summary-bar').isVisible(), false);
    } finally {
      await page.close();
    }
  });
});

describe('the fit', () => {
  test('at the lower bound μ̂ reads as an upper end, and the expected Z stands beside the observed one', async () => {
    const { page, problems } = await openPage(browser);
    try {
      // The bundled two-lepton tt̄Z pseudo-data are drawn low in ee with exactly one b-tagged
      // jet (μ̂ = 0 in `preprocess fit assets/cubes/ttz.cube --cut nbjets=1:2 --cut channel=ee`).
      await page.goto(`${server.url}?a=ttz&cut=nbjets:1:2&cut=channel:ee`);
      await waitForEveryPlot(page);
      const panel = page.getByTestId('fit');
      await page.waitForFunction(() => {
        const fit = document.querySelector('[data-testid="fit"]');
        return fit && fit.dataset.pending === 'false' && fit.dataset.state === 'fitted';
      });
      assert.equal(await page.getByTestId('fit-sigma-down').count(), 0, 'no "−0.00" at the bound');
      const limit = (await textOf(page, 'fit-mu-limit')).trim();
      assert.match(limit, /^μ < \d+\.\d{2}$/, `the upper end: "${limit}"`);
      const sentence = await textOf(page, 'fit-at-bound');
      assert.ok(sentence.includes(limit), `the sentence states the upper end: "${sentence}"`);
      assert.ok(!(await panel.innerText()).includes('−0.00'), 'nowhere');
      // The observed Z, the expected one, and why they differ.
      assert.match((await textOf(page, 'fit-z-expected')).trim(), /^\d+\.\d{2}$/);
      const fluctuation = page.getByTestId('fit-fluctuation');
      assert.equal(await fluctuation.getAttribute('data-data'), 'pseudo');
      assert.equal((await fluctuation.innerText()).trim(), english.get('fit-fluctuation-pseudo'));
      assert.match(await textOf(page, 'summary-mu'), /μ < /, 'the summary bar says it too');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});

describe('the UHI download', () => {
  for (const lang of ['en', 'es']) {
    test(`labels axes in words and units in the page's language (${lang})`, async () => {
      const { page, problems } = await openPage(browser);
      try {
        await page.goto(`${server.url}?a=hzz4l&lang=${lang}`);
        await waitForEveryPlot(page);
        const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-histograms').click()]);
        const histograms = JSON.parse(await readFile(await saved.path(), 'utf8'));
        const words = lang === 'en' ? english : spanish;
        const m4l = histograms['m4l/data'].axes[0].metadata;
        assert.equal(m4l.label, `${words.get('axis-m4l')} [GeV]`);
        assert.equal(m4l.unit, 'GeV');
        for (const [key, histogram] of Object.entries(histograms)) {
          const { label } = histogram.axes[0].metadata;
          assert.ok(!/^axis\./.test(label) && label.length > 3, `${key}: "${label}" is words, not a key`);
        }
        assert.equal(histograms['m4l/data'].metadata.process_label, words.get('process-data'));
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('accessibility', () => {
  for (const address of ['', '?a=hzz4l', '?a=hww', '?a=ttz', '?a=ttz3l']) {
    test(`visible labels are in the accessible names, and targets are large enough (${address || 'home'})`, async () => {
      const { page, problems } = await openPage(browser);
      try {
        await page.goto(`${server.url}${address}`);
        if (address) await waitForEveryPlot(page);
        else await page.getByTestId('analysis-cards').waitFor();
        const issues = await page.evaluate(() => {
          const found = [];
          const visible = (el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          };
          for (const el of document.querySelectorAll('button, [role="button"], summary, select, input, a')) {
            if (!visible(el)) continue;
            const shown = el.innerText?.replace(/\s+/g, ' ').trim().toLowerCase();
            const aria = el.getAttribute('aria-label');
            if (aria && shown && !aria.toLowerCase().includes(shown)) found.push(`"${shown}" is not in its name "${aria}"`);
            // Links inside a sentence are exempt (WCAG 2.5.8); every other control is 24 × 24.
            const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
            const target = el.closest('label') ?? el;
            const r = target.getBoundingClientRect();
            if (!inline && (r.width < 24 || r.height < 24)) found.push(`${el.outerHTML.slice(0, 80)} is ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
          }
          return found;
        });
        assert.deepEqual(issues, []);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});
