// Page load: time from navigation to the first interactive plot, for the built app in DIST_DIR
// loading each bundled analysis (`?a=<id>`) and, side by side in the same browser, for the older
// Histogram Analyser's approach (anchor/: fetch a per-event CSV, parse it, crossfilter every
// column, draw the first histogram) given the same events: the CSV is written from the bundled
// cube itself by `cargo run --release -p yield-oracle --example legacy_csv` (one row per event
// the cube binned, at its bin's centre, in the older app's `type,…,weight` format). When the
// older app's own file LEGACY_CSV is there, its load is timed too, as one more row.
// A plain script, not a test. Ends with `BENCH load_ms=…` and `BENCH anchor_load_ratio=…`, both
// for hzz4l (docs/benchmarks.md says why).
//
//   DIST_DIR=dist node tests/e2e/bench/load.mjs        (after `cargo xtask build`)
//
// LOAD_BENCH_LOADS (7) timed loads of each page; LOAD_BENCH_ANALYSES (hzz4l,ttz,hww) which
// analyses; ANCHOR_TIMEOUT_S (120) and ANCHOR_MEMORY_MB (6000) stop an anchor load that takes
// longer or whose browser grows larger than that (hww's CSV holds 8 million events); an anchor
// page that needs over 10 s is timed 3 times, not 7.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { CHROMIUM_FLAGS } from '../support/browser.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
const LEGACY_CSV = process.env.LEGACY_CSV ?? path.join(REPO_ROOT, '../shared/data/legacy-csv/hzz_newData.csv');
const LOADS = Number(process.env.LOAD_BENCH_LOADS ?? 7);
const ANALYSES = (process.env.LOAD_BENCH_ANALYSES ?? 'hzz4l,ttz,hww').split(',').filter(Boolean);
const ANCHOR_TIMEOUT_MS = 1000 * Number(process.env.ANCHOR_TIMEOUT_S ?? 120);
const ANCHOR_MEMORY_MB = Number(process.env.ANCHOR_MEMORY_MB ?? 6000);
const SLOW_ANCHOR_MS = 10_000;
const SLOW_ANCHOR_LOADS = 3;
/** The analysis whose figures go into the SUMMARY line (docs/benchmarks.md, "Page load"). */
const HEADLINE = 'hzz4l';

// Runs in every page before its own scripts: notes performance.now() (milliseconds since the
// navigation started) the first moment the page shows a drawn <canvas> and a yields element
// holding a number. It looks only for those two things, not for a layout, so the app's UI can
// be reorganised freely: a canvas counts as drawn when it says so (data-state="drawn") or, if it
// carries no such attribute, when it has a non-transparent pixel. A canvas saying
// data-state="failed" ends the wait with its data-error.
function watchForFirstPlot() {
  window.__firstPlotMs = null;
  window.__failed = null;
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
    const failed = document.querySelector('canvas[data-error]');
    if (failed && window.__failed === null) {
      window.__failed = failed.getAttribute('data-error');
      console.info('load-bench failed', window.__failed);
    }
    if (yieldsShown() && [...document.querySelectorAll('canvas')].some(canvasDrawn)) {
      window.__firstPlotMs = performance.now();
      observer.disconnect();
      // Told through the console, which reaches the driver over the DevTools protocol without
      // running anything in the page: polling with waitForFunction would inject playwright's
      // helper script (some 25 ms of the main thread) into the middle of the load being timed.
      console.info('load-bench first-plot', window.__firstPlotMs);
    }
  };
  // Mutations catch the moment precisely; the frame loop catches pixels drawn without one.
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => {
    check();
    if (window.__firstPlotMs === null && window.__failed === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** The resident memory, in MB, of the browser launched with `marker` and all its child processes. */
async function browserMemoryMb(marker) {
  const processes = [];
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    const status = stat && (await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null));
    if (!status) continue;
    const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    processes.push({ pid, ppid, rssKb, root: cmdline.includes(marker) });
  }
  const tree = new Set(processes.filter((p) => p.root).map((p) => p.pid));
  for (let grown = true; grown; ) {
    grown = false;
    for (const p of processes) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grown = true;
      }
    }
  }
  return processes.filter((p) => tree.has(p.pid)).reduce((sum, p) => sum + p.rssKb, 0) / 1024;
}

/** A headless Chromium as in support/browser.mjs, with a marker to find its processes by. */
async function launch() {
  const marker = `--load-bench-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, marker],
  });
  return { browser, marker };
}

/**
 * One load in a fresh context (empty cache, cache disabled): `{ ms }` to the first plot, or
 * `{ failed }` saying why there was none — the page's own error, a crashed tab, the time limit,
 * or the browser's memory passing the guard (`guard`: `{ marker, timeoutMs, memoryMb }`).
 */
async function timeOneLoad({ browser, marker }, url, guard = null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let peakMb = 0;
  let watchdog = null;
  let timer = null;
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const crashed = new Promise((resolve) => page.on('crash', () => resolve({ failed: 'the tab crashed (out of memory)' })));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(watchForFirstPlot);
    const outcomes = [crashed];
    if (guard) {
      outcomes.push(
        new Promise((resolve) => {
          watchdog = setInterval(async () => {
            const mb = await browserMemoryMb(marker);
            peakMb = Math.max(peakMb, mb);
            if (mb > guard.memoryMb) resolve({ failed: `stopped: the browser passed ${guard.memoryMb} MB of memory` });
          }, 250);
        }),
      );
    }
    const timeoutMs = guard?.timeoutMs ?? 60_000;
    const loaded = new Promise((resolve) => {
      page.on('console', (message) => {
        const text = message.text();
        if (text.startsWith('load-bench first-plot ')) resolve({ ms: Number(text.slice('load-bench first-plot '.length)) });
        else if (text.startsWith('load-bench failed ')) resolve({ failed: text.slice('load-bench failed '.length) });
      });
      timer = setTimeout(() => resolve({ failed: `no plot within ${timeoutMs / 1000} s${problems.length ? ` (${problems.join('; ')})` : ''}` }), timeoutMs);
      page.goto(url, { timeout: timeoutMs, waitUntil: 'commit' }).catch((error) => resolve({ failed: problems.join('; ') || error.message }));
    });
    const outcome = await Promise.race([loaded, ...outcomes]);
    return { ...outcome, peakMb };
  } finally {
    if (timer) clearTimeout(timer);
    if (watchdog) clearInterval(watchdog);
    await context.close().catch(() => {});
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The first axis of a cube (the anchor's first plot), from its CSV's header: `type,<axis>,…`. */
async function firstAxis(csvFile) {
  const handle = await import('node:fs').then((fs) => fs.promises.open(csvFile));
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0].split(',')[1];
  } finally {
    await handle.close();
  }
}

// The anchor page with its libraries and the CSV files, in a temporary folder.
const anchorDir = await mkdtemp(path.join(os.tmpdir(), 'load-anchor-'));
const require = createRequire(import.meta.url);
for (const file of await readdir(path.join(HERE, 'anchor'))) await copyFile(path.join(HERE, 'anchor', file), path.join(anchorDir, file));
await copyFile(require.resolve('crossfilter2'), path.join(anchorDir, 'crossfilter.js'));
await copyFile(path.join(path.dirname(require.resolve('d3-dsv')), 'd3-dsv.js'), path.join(anchorDir, 'd3-dsv.js'));
const legacy = existsSync(LEGACY_CSV);
if (legacy) await copyFile(LEGACY_CSV, path.join(anchorDir, 'data.csv'));
const csvBytes = {};
for (const id of ANALYSES) {
  const csv = path.join(anchorDir, `${id}.csv`);
  const made = spawnSync(
    'cargo',
    ['run', '--quiet', '--locked', '--release', '-p', 'yield-oracle', '--example', 'legacy_csv', '--', path.join(DIST_DIR, 'assets/cubes', `${id}.cube`), csv],
    { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (made.status !== 0) throw new Error(`writing the per-event CSV of ${id} failed`);
  csvBytes[id] = (await stat(csv)).size;
}

const ours = await startStaticServer(DIST_DIR);
const anchor = await startStaticServer(anchorDir);
const guard = { timeoutMs: ANCHOR_TIMEOUT_MS, memoryMb: ANCHOR_MEMORY_MB };
const rows = [];
let browser = await launch();
try {
  const comparisons = ANALYSES.map((id) => ({ id, ours: `${ours.url}?a=${id}`, anchor: null, label: id }));
  for (const comparison of comparisons) {
    comparison.anchor = `${anchor.url}?csv=${comparison.id}.csv&plot=${await firstAxis(path.join(anchorDir, `${comparison.id}.csv`))}`;
  }
  if (legacy) comparisons.push({ id: 'legacy', ours: `${ours.url}?a=hzz4l`, anchor: `${anchor.url}?csv=data.csv&plot=invMass`, label: 'hzz4l vs the older app\'s own file' });
  for (const comparison of comparisons) {
    // One untimed load each, so the OS file cache and the browser process are warm for both.
    // It also tells whether the older approach can load this file at all: if not, its reason
    // is reported and its page is not tried again.
    await timeOneLoad(browser, comparison.ours);
    const first = await timeOneLoad(browser, comparison.anchor, guard);
    const times = { ours: [], anchor: [] };
    let anchorFailure = first.failed ?? null;
    let peakMb = first.peakMb;
    if (anchorFailure) {
      // The guard may have stopped the browser mid-load: start a fresh one for what follows.
      await browser.browser.close().catch(() => {});
      browser = await launch();
    }
    // A file the older approach needs more than SLOW_ANCHOR_MS for (hww's 8 million events:
    // about a minute) gets SLOW_ANCHOR_LOADS timed loads, so the benchmark stays minutes long.
    const anchorLoads = first.ms > SLOW_ANCHOR_MS ? Math.min(SLOW_ANCHOR_LOADS, LOADS) : LOADS;
    // Alternate, so drifting machine load falls on both alike.
    for (let i = 0; i < LOADS; i++) {
      const mine = await timeOneLoad(browser, comparison.ours);
      if (mine.failed) throw new Error(`${comparison.ours}: ${mine.failed}`);
      times.ours.push(mine.ms);
      if (anchorFailure || i >= anchorLoads) continue;
      const theirs = await timeOneLoad(browser, comparison.anchor, guard);
      peakMb = Math.max(peakMb, theirs.peakMb);
      if (theirs.failed) anchorFailure = theirs.failed;
      else times.anchor.push(theirs.ms);
    }
    rows.push({ ...comparison, times, anchorFailure, peakMb });
  }

  const pad = (value, width) => String(value).padStart(width);
  const ms = (values) => (values.length ? median(values).toFixed(0) : '—');
  console.log(
    `page load to first plot with yields, ${LOADS} loads each (median, min–max ms), fresh context and cache disabled, 127.0.0.1, headless Chromium ${browser.browser.version()}`,
  );
  console.log(`${'analysis'.padEnd(34)} ${pad('events', 10)} ${pad('CSV MB', 8)} ${pad('ours', 16)} ${pad('older approach', 20)} ${pad('ratio', 7)}  browser memory (peak RSS, whole browser)`);
  const range = (values) => (values.length ? `${ms(values)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})` : '—');
  const ratios = {};
  for (const row of rows) {
    const csv = row.id === 'legacy' ? LEGACY_CSV : path.join(anchorDir, `${row.id}.csv`);
    const bytes = row.id === 'legacy' ? (await stat(LEGACY_CSV)).size : csvBytes[row.id];
    const events = spawnSync('wc', ['-l', csv]).stdout.toString().trim().split(/\s+/)[0] - 1;
    const ratio = row.times.anchor.length && !row.anchorFailure ? median(row.times.anchor) / median(row.times.ours) : null;
    if (ratio !== null) ratios[row.id] = ratio;
    const theirs = row.anchorFailure ? `failed` : range(row.times.anchor);
    console.log(
      `${row.label.padEnd(34)} ${pad(events, 10)} ${pad((bytes / 1e6).toFixed(1), 8)} ${pad(range(row.times.ours), 16)} ${pad(`${theirs}${row.times.anchor.length < LOADS && !row.anchorFailure ? ` [${row.times.anchor.length}]` : ''}`, 20)} ${pad(ratio === null ? 'n/a' : `${ratio.toFixed(1)}×`, 7)}  ${row.peakMb ? `${row.peakMb.toFixed(0)} MB` : ''}`,
    );
    if (row.anchorFailure) console.log(`  the older approach could not load ${row.id}: ${row.anchorFailure}`);
  }
  for (const row of rows) if (row.id !== 'legacy') console.log(`BENCH load_ms_${row.id}=${ms(row.times.ours)}`);
  for (const [id, ratio] of Object.entries(ratios)) console.log(`BENCH anchor_load_ratio_${id}=${ratio.toFixed(1)}`);
  const headline = rows.find((row) => row.id === HEADLINE);
  if (headline) {
    console.log(`BENCH load_ms=${ms(headline.times.ours)}`);
    if (ratios[HEADLINE] !== undefined) console.log(`BENCH anchor_load_ratio=${ratios[HEADLINE].toFixed(1)}`);
  }
} finally {
  await browser.browser.close().catch(() => {});
  await ours.close();
  await anchor.close();
  await rm(anchorDir, { recursive: true, force: true });
}
