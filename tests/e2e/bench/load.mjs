// Page load: time from navigation to the first interactive plot, for the built app in DIST_DIR
// (loading its bundled cube) and, side by side in the same browser, for the older Histogram
// Analyser's approach (anchor/: fetch a per-event CSV, parse it, crossfilter every column, draw
// the first histogram) on the older app's real input, LEGACY_CSV.
// A plain script, not a test. Ends with `BENCH load_ms=…` and `BENCH anchor_load_ratio=…`.
//
//   DIST_DIR=dist node tests/e2e/bench/load.mjs        (after `cargo xtask build`)

import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium } from '../support/browser.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
const LEGACY_CSV = process.env.LEGACY_CSV ?? path.join(REPO_ROOT, '../shared/data/legacy-csv/hzz_newData.csv');
const LOADS = Number(process.env.LOAD_BENCH_LOADS ?? 7);

// Runs in every page before its own scripts: notes performance.now() (milliseconds since the
// navigation started) the first moment the page shows a drawn <canvas> and a yields element
// holding a number. It looks only for those two things, not for a layout, so the app's UI can
// be reorganised freely: a canvas counts as drawn when it says so (data-state="drawn") or, if it
// carries no such attribute, when it has a non-transparent pixel.
function watchForFirstPlot() {
  window.__firstPlotMs = null;
  const canvasDrawn = (canvas) => {
    const state = canvas.getAttribute('data-state');
    if (state !== null) return state === 'drawn';
    if (canvas.width === 0 || canvas.height === 0) return false;
    const context = canvas.getContext('2d');
    if (!context) return false;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  };
  const yieldsShown = () =>
    [...document.querySelectorAll('[data-testid*="yield"]')].some((element) => /\d/.test(element.textContent));
  const check = () => {
    if (window.__firstPlotMs !== null) return;
    if (yieldsShown() && [...document.querySelectorAll('canvas')].some(canvasDrawn)) {
      window.__firstPlotMs = performance.now();
      observer.disconnect();
    }
  };
  // Mutations catch the moment precisely; the frame loop catches pixels drawn without one.
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => {
    check();
    if (window.__firstPlotMs === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** One load in a fresh context (empty cache, cache disabled): milliseconds to the first plot. */
async function timeOneLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(watchForFirstPlot);
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__firstPlotMs, null, { timeout: 60_000, polling: 50 }).catch((error) => {
      throw new Error(`${url} showed no drawn canvas with yields (${problems.join('; ') || error.message})`);
    });
    return await handle.jsonValue();
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// The anchor page with its libraries and the CSV, in a temporary folder.
const anchorDir = await mkdtemp(path.join(os.tmpdir(), 'load-anchor-'));
const require = createRequire(import.meta.url);
for (const file of await readdir(path.join(HERE, 'anchor'))) await copyFile(path.join(HERE, 'anchor', file), path.join(anchorDir, file));
await copyFile(require.resolve('crossfilter2'), path.join(anchorDir, 'crossfilter.js'));
await copyFile(path.join(path.dirname(require.resolve('d3-dsv')), 'd3-dsv.js'), path.join(anchorDir, 'd3-dsv.js'));
await copyFile(LEGACY_CSV, path.join(anchorDir, 'data.csv'));

const ours = await startStaticServer(DIST_DIR);
const anchor = await startStaticServer(anchorDir);
const browser = await launchChromium();
try {
  // One untimed load each, so the OS file cache and the browser process are warm for both.
  await timeOneLoad(browser, `${ours.url}?a=hzz4l`);
  await timeOneLoad(browser, anchor.url);
  const times = { ours: [], anchor: [] };
  // Alternate, so drifting machine load falls on both alike.
  for (let i = 0; i < LOADS; i++) {
    times.ours.push(await timeOneLoad(browser, `${ours.url}?a=hzz4l`));
    times.anchor.push(await timeOneLoad(browser, anchor.url));
  }
  const cubes = (await readdir(path.join(DIST_DIR, 'assets/cubes'))).filter((f) => f.endsWith('.cube'));
  const pad = (value, width) => String(value).padStart(width);
  const row = (name, ms) =>
    console.log(`${name.padEnd(58)} ${pad(median(ms).toFixed(0), 8)} ${pad(Math.min(...ms).toFixed(0), 8)} ${pad(Math.max(...ms).toFixed(0), 8)}`);
  console.log(
    `page load to first plot with yields, ${LOADS} loads each, fresh context and cache disabled, 127.0.0.1, headless Chromium ${browser.version()}`,
  );
  console.log(`${'page'.padEnd(58)} ${pad('median', 8)} ${pad('min', 8)} ${pad('max', 8)}  (ms)`);
  row(`ours: dist/ with ${cubes.join(', ')}`, times.ours);
  row(`older app's approach: ${path.basename(LEGACY_CSV)} → d3-dsv → crossfilter`, times.anchor);
  const ratio = median(times.anchor) / median(times.ours);
  console.log(`BENCH load_ms=${median(times.ours).toFixed(0)}`);
  console.log(`BENCH anchor_load_ratio=${ratio.toFixed(1)}`);
} finally {
  await browser.close();
  await ours.close();
  await anchor.close();
  await rm(anchorDir, { recursive: true, force: true });
}
