// Focused embeds (issue 22, docs/embedding.md): a frame that shows only what its address asks
// for — one plot with its cut and the numbers strip, or a guided path — fits an article column
// from 360 to 700 px, tells its host its height, follows cuts made inside it with histcube's
// numbers, and links to the full analyser with the same view. The Embed button's code makes
// exactly the frame its preview shows.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { expectShown, waitForEveryPlot } from './support/analyser.mjs';
import { launchChromium, openPageRecordingViolations } from './support/browser.mjs';
import { askOracle, REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const CUBE_FILE = path.join(DIST_DIR, 'assets/cubes/hzz4l.cube');

/** The host page's own policy, as strict as embed/example.html's. */
const HOST_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self'; img-src 'self'";

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
 * Opens a host page at the app's origin whose body is `body` (a frame and host.js), served
 * under the strict host policy, and returns the page, its frame element and the frame's
 * content once every plot in it is drawn.
 */
async function openHost(body, viewportWidth = 900) {
  const { page, problems } = await openPageRecordingViolations(browser);
  await page.setViewportSize({ width: viewportWidth, height: 900 });
  const hostUrl = `${server.url}embed/test-host.html`;
  await page.route(hostUrl, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': HOST_CSP },
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(hostUrl);
  const iframe = page.locator('iframe[data-histanalyser]');
  const content = await (await iframe.elementHandle()).contentFrame();
  await waitForEveryPlot(content);
  return { page, problems, iframe, content };
}

/** Waits until the frame's height is within 10 % of its content's, and returns both. */
async function expectHeightFollowsContent(iframe, content, what) {
  let state;
  for (let i = 0; i < 60; i++) {
    const contentHeight = await content.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const frameHeight = (await iframe.boundingBox()).height;
    state = { contentHeight, frameHeight };
    if (Math.abs(frameHeight - contentHeight) <= 0.1 * contentHeight) return state;
    await content.page().waitForTimeout(100);
  }
  assert.fail(`${what}: the frame is ${state.frameHeight} px for ${state.contentHeight} px of content`);
}

/** Edges of the m4l axis and a window around 125 GeV on them, with histcube's numbers. */
function windowOnM4l() {
  const uncut = askOracle(CUBE_FILE, ['--axis', 'm4l']);
  const edges = uncut.axis.edges;
  const nearest = (v) => edges.reduce((best, e, i) => (Math.abs(e - v) < Math.abs(edges[best] - v) ? i : best), 1);
  const low = nearest(110);
  const high = nearest(140);
  return {
    edges,
    low,
    high,
    windowed: askOracle(CUBE_FILE, ['--axis', 'm4l', '--range', `${edges[low]}:${edges[high]}`]),
    narrowed: askOracle(CUBE_FILE, ['--axis', 'm4l', '--range', `${edges[low]}:${edges[high - 1]}`]),
  };
}

async function expectStrip(content, report, situation) {
  await expectShown(content, 'summary-s', report.signal.sumw, `s in the strip ${situation}`);
  await expectShown(content, 'summary-b', report.background.sumw, `b in the strip ${situation}`);
  await expectShown(content, 'summary-z', report.z_asimov, `Z in the strip ${situation}`);
}

describe('a focused frame', () => {
  for (const width of [360, 700]) {
    test(`at ${width} px shows one plot with its cut and the numbers, and nothing else`, async () => {
      const { edges, low, high, windowed, narrowed } = windowOnM4l();
      const src = `../?a=hzz4l&embed=1&plots=m4l&cut=m4l:${edges[low]}:${edges[high]}&lang=en`;
      const { page, problems, iframe, content } = await openHost(
        `<iframe src="${src.replaceAll('&', '&amp;')}" data-histanalyser title="analyser" width="${width}" height="300"></iframe>` +
          '<script src="host.js" defer></script>',
      );
      try {
        assert.equal(await content.evaluate(() => window.innerWidth), width, 'the frame is as wide as asked');
        assert.equal(await content.getByTestId('focused-embed').count(), 1);
        assert.deepEqual(
          await content.evaluate(() => [...document.querySelectorAll('[data-testid^="plot-"]')].map((e) => e.dataset.testid)),
          ['plot-m4l'],
          'only the plot the address asks for',
        );
        assert.equal(await content.getByTestId('cut-control-m4l').count(), 1, 'its cut control');
        assert.ok(await content.getByTestId('summary-bar').isVisible(), 'the numbers strip is shown');
        for (const absent of ['site-header', 'undo', 'download-histograms', 'yields', 'fit', 'guide-panel', 'embed-button']) {
          assert.equal(await content.getByTestId(absent).count(), 0, `no ${absent} in a focused frame`);
        }
        const overflow = await content.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `no horizontal scroll (${overflow} px too wide)`);
        await expectHeightFollowsContent(iframe, content, `at ${width} px`);
        await expectStrip(content, windowed, 'with the window of the address');
        await content.getByTestId('summary-mu').waitFor();

        // Cutting inside the frame changes its numbers, as histcube computes them.
        await content.getByTestId('cut-max-m4l').fill(String(edges[high - 1]));
        await content.getByTestId('cut-max-m4l').press('Enter');
        await expectStrip(content, narrowed, 'after narrowing the window in the frame');
        await expectHeightFollowsContent(iframe, content, `at ${width} px after a cut`);

        // The link to the full analyser carries the view made in the frame.
        const href = new URL(await content.getByTestId('open-full').getAttribute('href'), server.url);
        assert.deepEqual(href.searchParams.getAll('cut'), [`m4l:${edges[low]}:${edges[high - 1]}`]);
        assert.equal(href.searchParams.get('a'), 'hzz4l');
        assert.equal(href.searchParams.get('lang'), 'en');
        for (const gone of ['embed', 'plots', 'panel', 'controls', 'path']) assert.equal(href.searchParams.get(gone), null);
        assert.equal(await content.getByTestId('open-full').getAttribute('target'), '_blank');

        assert.deepEqual(await page.evaluate(() => window.__violations), [], 'the host page under its strict policy');
        assert.deepEqual(await content.evaluate(() => window.__violations), []);
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

  test('a guided path alone, for a lesson page, with the plots its steps name', async () => {
    const { page, problems, iframe, content } = await openHost(
      '<iframe src="../?a=hzz4l&amp;embed=1&amp;path=hzz&amp;lang=es" data-histanalyser title="analyser" width="600" height="300"></iframe>' +
        '<script src="host.js" defer></script>',
    );
    try {
      assert.deepEqual(
        await content.evaluate(() => [...document.querySelectorAll('[data-testid^="plot-"]')].map((e) => e.dataset.testid)),
        ['plot-m4l', 'plot-mz1', 'plot-mz2'],
      );
      assert.equal(await content.getByTestId('guide-panel').count(), 1);
      assert.equal(await content.getByTestId('guide-path-hzz').count(), 0, 'no choice of paths: the one path starts');
      assert.match(await content.getByTestId('guide-step-text').innerText(), /\S/);
      assert.equal(await content.getByTestId('guide-back').count(), 0, 'no way back from the first step of the only path');
      const before = await content.getByTestId('summary-b').innerText();
      // Steps 1 and 2 look; step 3 cuts on m(Z1).
      await content.getByTestId('guide-next').click();
      await content.getByTestId('guide-next').click();
      await content.getByTestId('guide-show-me').click();
      await content.waitForFunction((b) => document.querySelector('[data-testid="summary-b"]').innerText !== b, before);
      await expectHeightFollowsContent(iframe, content, 'a path');
      const overflow = await content.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scroll (${overflow} px too wide)`);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});

test('the article-style example page runs its three focused frames under its strict policy', async () => {
  const { page, problems } = await openPageRecordingViolations(browser);
  try {
    await page.goto(`${server.url}embed/article.html`);
    for (const id of ['single', 'path', 'pair']) {
      const content = await (await page.getByTestId(id).elementHandle()).contentFrame();
      await waitForEveryPlot(content);
      assert.equal(await content.getByTestId('focused-embed').count(), 1, `the ${id} frame is focused`);
      await page.waitForFunction((testid) => document.querySelector(`[data-testid="${testid}"]`).dataset.histanalyserHeight, id);
      assert.deepEqual(await content.evaluate(() => window.__violations), [], `no violation in the ${id} frame`);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no violation on the host page');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("the Embed button's code makes exactly the frame its preview shows", async () => {
  const { page, problems } = await openPageRecordingViolations(browser);
  try {
    await page.goto(`${server.url}?a=hzz4l&cut=m4l:115:135&lang=es`);
    await waitForEveryPlot(page);
    await page.getByTestId('embed-button').click();
    // The plot with the cut starts ticked; add m(Z1), drop the controls, 600 px, in French.
    assert.ok(await page.getByTestId('embed-plot-m4l').isChecked());
    await page.getByTestId('embed-plot-mz1').check();
    await page.getByTestId('embed-controls').uncheck();
    await page.getByTestId('embed-width').selectOption('600');
    await page.getByTestId('embed-language').selectOption('fr');
    const code = await page.getByTestId('embed-code').inputValue();
    const preview = page.getByTestId('embed-preview');
    const src = /<iframe src="([^"]+)"/.exec(code)[1].replaceAll('&amp;', '&');
    assert.equal(await preview.getAttribute('src'), src, 'the preview is the frame of the code');
    assert.equal(await preview.getAttribute('width'), '600');
    assert.match(code, / width="600" /);
    const url = new URL(src);
    assert.equal(url.searchParams.get('plots'), 'm4l,mz1');
    assert.equal(url.searchParams.get('controls'), '0');
    assert.equal(url.searchParams.get('lang'), 'fr');
    assert.deepEqual(url.searchParams.getAll('cut'), ['m4l:115:135']);

    // What the preview shows…
    const previewFrame = await (await preview.elementHandle()).contentFrame();
    await waitForEveryPlot(previewFrame);
    const shown = (frame) =>
      frame.evaluate(() => ({
        testids: [...document.querySelectorAll('[data-testid]')]
          .map((e) => e.dataset.testid)
          .filter((id) => !id.startsWith('legend'))
          .sort(),
        strip: document.querySelector('[data-testid="summary-bar"]')?.innerText,
        width: document.documentElement.clientWidth,
        height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        lang: document.documentElement.lang,
      }));
    await previewFrame.getByTestId('summary-mu').waitFor();
    const inPreview = await shown(previewFrame);
    // …is what a host page pasting the code shows.
    const host = await openHost(code);
    try {
      await host.content.getByTestId('summary-mu').waitFor();
      const inHost = await shown(host.content);
      assert.deepEqual(inHost, inPreview);
      assert.equal(inHost.lang, 'fr');
      assert.equal(await host.content.getByTestId('cut-control-m4l').count(), 0, 'no controls, as chosen');
      assert.deepEqual(host.problems, []);
    } finally {
      await host.page.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
