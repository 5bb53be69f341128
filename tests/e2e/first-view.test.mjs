// The first plot before the app (issue 19, "faster first view"): each bundled analysis shows the
// picture of its first plot (assets/first-view/, tests/e2e/support/first-view.mjs) as soon as
// the page and that picture have arrived, keeps it while the WebAssembly starts and the cube
// downloads, and replaces it with the live plots without moving what is on the screen.
//
// - Every committed picture is what the app draws now, in every language: a change to a cube, a
//   label or the drawing code that leaves a picture behind fails here (`cargo xtask first-views`
//   draws them again).
// - With the WebAssembly held back, the picture is on the page, whole, at the plot's size.
// - With the cube held back, the app shows the same picture above its download progress; once
//   the cube is let through, the plots replace it, and the page's layout shifts stay below
//   0.1 (Lighthouse's "good" cumulative layout shift).
// - The home page shows its heading and cards, as the app draws them, in the page language
//   before the app runs (their links work without it); the app replaces them in place.
// - The home page, a mystery sample (pseudo-data, not the picture's recorded data) and an
//   analysis without a picture show no picture, and no broken image; for the last the page
//   does not even ask for one.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from './support/analyser.mjs';
import { captureHome, drawFirstView, firstViewFile, homeFile, languages, PHONE } from './support/first-view.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { browserAndServer } from './support/session.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const session = browserAndServer(DIST_DIR);

async function catalogIds() {
  const catalog = JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8'));
  return catalog.analyses.map((a) => a.id);
}

/** The page's picture of the first plot: present, fully loaded, and its laid-out size. */
async function shownPicture(page) {
  return page.getByTestId('first-view').evaluate((img) => ({
    complete: img.complete,
    naturalWidth: img.naturalWidth,
    src: new URL(img.src).pathname,
    width: img.getBoundingClientRect().width,
    height: img.getBoundingClientRect().height,
    inStatus: !!img.closest('[role="status"]'),
  }));
}

/** A page of a phone's size that adds up its layout shifts in `window.__shift`, as CLS does. */
async function phonePageCountingShifts() {
  const page = await session.browser.newPage({ viewport: PHONE });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

test('every committed picture is the first plot the app draws now, and the home page its home page, in every language', async () => {
  const stale = [];
  for (const lang of await languages()) {
    const committed = await readFile(homeFile(lang), 'utf8').catch(() => null);
    const captured = await captureHome(session.browser, session.server.url, lang);
    if (committed !== captured) stale.push(`home.${lang}.html${committed === null ? ' (missing)' : ''}`);
  }
  for (const id of await catalogIds()) {
    for (const lang of await languages()) {
      let committed = null;
      try {
        committed = await readFile(firstViewFile(id, lang), 'utf8');
      } catch {
        // Missing: reported below with the stale ones.
      }
      const drawn = await drawFirstView(session.browser, session.server.url, id, lang);
      if (committed !== drawn) stale.push(`${id}.${lang}.svg${committed === null ? ' (missing)' : ''}`);
    }
  }
  assert.deepEqual(stale, [], 'first views that are not what the app draws now: run `cargo xtask first-views`');
});

test('before the WebAssembly runs, the analysis page shows its first plot in the page language', async () => {
  const page = await session.browser.newPage({ viewport: PHONE });
  try {
    // The app never starts: what is on the screen is the HTML, the style sheet and preload.js.
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${session.server.url}?a=hww&lang=es`);
    await page.getByTestId('first-view').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="first-view"]').complete);
    const picture = await shownPicture(page);
    assert.equal(picture.src, '/assets/first-view/hww.es.svg');
    assert.ok(picture.naturalWidth > 0, 'the picture loaded');
    assert.ok(picture.inStatus, 'above the "loading" note');
    assert.ok(picture.width > 300 && picture.width <= PHONE.width, `as wide as a phone's plot: ${picture.width}`);
    assert.ok(Math.abs(picture.height / picture.width - 0.8) < 0.02, `the plot's 5 : 4 box: ${picture.width} × ${picture.height}`);
  } finally {
    await page.close();
  }
});

test('the app keeps the picture while the cube downloads, and the live plots replace it in place', async () => {
  const page = await phonePageCountingShifts();
  try {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/assets/cubes/ttz3l.cube', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${session.server.url}?a=ttz3l`);
    // The app's own loading view (its progress bar), with the picture above it.
    await page.locator('[data-testid="loading"] [data-testid="first-view"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="first-view"]').complete);
    const picture = await shownPicture(page);
    assert.equal(picture.src, '/assets/first-view/ttz3l.en.svg');
    assert.ok(picture.naturalWidth > 0, 'the picture loaded');
    release();
    await waitForEveryPlot(page);
    assert.equal(await page.getByTestId('first-view').count(), 0, 'the live plots replaced the picture');
    const shift = await page.evaluate(() => window.__shift);
    assert.ok(shift < 0.1, `cumulative layout shift ${shift}`);
  } finally {
    await page.close();
  }
});

test('before the WebAssembly runs, the home page shows its heading and cards in the page language', async () => {
  const page = await session.browser.newPage({ viewport: PHONE });
  try {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${session.server.url}?lang=pt`);
    const home = page.locator('[data-first-view="home"]:not([hidden])');
    assert.equal(await home.count(), 1, 'one language of the home page is shown');
    assert.equal(await home.getAttribute('lang'), 'pt');
    assert.match(await home.locator('h1').innerText(), /Analisador de histogramas/);
    // The cards are plain links to each analysis: they work before the app runs.
    const links = await home.locator('.cards h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, (await catalogIds()).map((id) => `?a=${id}`));
    assert.equal(await page.locator('[data-first-view="loading"]:not([hidden])').getAttribute('lang'), 'pt');
    // Nothing a test looks for by its data-testid is in the copy: only the app's elements are.
    assert.equal(await page.locator('[data-testid]').count(), 0);
  } finally {
    await page.close();
  }
});

test("the app replaces the home page's copy in place: the cards do not move and nothing shifts", async () => {
  const page = await phonePageCountingShifts();
  try {
    await page.goto(`${session.server.url}?lang=es`);
    await page.getByTestId('analysis-cards').waitFor();
    await page.getByTestId('open-cube-section').waitFor();
    assert.equal(await page.locator('[data-first-view="home"]').count(), 0, "the app's home page replaced the copy");
    const shift = await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(window.__shift), 200)));
    assert.ok(shift < 0.1, `cumulative layout shift ${shift}`);
  } finally {
    await page.close();
  }
});

test('a mystery sample, a text page and an analysis without a picture show none', async () => {
  const page = await session.browser.newPage({ viewport: PHONE });
  try {
    await page.route('**/*.wasm', (route) => route.abort());
    for (const query of ['', '?a=hzz4l&mystery=1', '?lang=de&page=glossary']) {
      await page.goto(`${session.server.url}${query}`);
      await page.locator('#app .loading').waitFor();
      assert.equal(await page.getByTestId('first-view').count(), 0, `no picture at "${query}"`);
    }
    // A name the build has no picture for (an analysis of one's own): the build lists the
    // pictures it has, so the page asks for none, before the app runs or once it does.
    const asked = [];
    const askedFor = (request) => { if (request.url().includes('/first-view/')) asked.push(request.url()); };
    page.on('request', askedFor);
    await page.goto(`${session.server.url}?a=nosuchanalysis`);
    await page.locator('#app .loading').waitFor();
    assert.equal(await page.getByTestId('first-view').count(), 0, 'no picture for an analysis without one');
    await page.unroute('**/*.wasm');
    await page.goto(`${session.server.url}?a=nosuchanalysis`);
    await page.getByTestId('load-error').waitFor();
    assert.deepEqual(asked, [], 'and no request for one');
  } finally {
    await page.close();
  }
});
