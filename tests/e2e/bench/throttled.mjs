// Old laptops (issue 19): a cut update including the redraw, in the real app on every bundled
// analysis, with the CPU slowed four times by the DevTools protocol's
// `Emulation.setCPUThrottlingRate` (what Lighthouse's mobile preset and DevTools' "4× slowdown"
// use). The built dist/ is opened at `?a=<analysis>` in headless Chromium and driven through its
// own cut inputs, as tests/e2e/bench/redraw.mjs does on the synthetic cube: each step is one
// keyboard step of a cut end (ArrowUp / ArrowDown on a min or max field, a held arrow key at
// 30 repeats per second), timed with performance.now() from dispatching the key event until every
// plot shows the new selection (engine update, Leptos effects, yields panel, canvas drawing).
//
// The sequence is a realistic drag on each analysis's first five cut axes: the lower end raised
// six steps, the upper end lowered four, the lower end let back down six. One warm-up pass (V8
// compiles the wasm lazily), then three measured passes, "reset all" between them.
// Prints a table (analysis, plots, steps, p50, p95, max) and ends with
// `BENCH throttled_update_p95_ms=<highest p95>` and one `BENCH throttled_update_p95_ms_<analysis>`
// line per analysis. A plain script, not a test. SLOWEST=<n> also lists each analysis's n slowest
// steps (time, field, key, place in the sequence), to see which cuts the p95 is made of.
//
//   DIST_DIR=dist node tests/e2e/bench/throttled.mjs

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from '../support/analyser.mjs';
import { launchChromium, openPage } from '../support/browser.mjs';
import { installNextTask } from './next-task.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
// Every analysis the build bundles (its catalog), unless ANALYSES names some (comma-separated).
const ANALYSES = process.env.ANALYSES
  ? process.env.ANALYSES.split(',')
  : JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8')).analyses.map((a) => a.id);
const CPU_SLOWDOWN = 4;
const KEY_REPEAT_MS = 33;
const AXES_DRAGGED = 5;
const SLOWEST = Number(process.env.SLOWEST ?? 0);
// Cross-origin isolation: performance.now() then ticks in 5 µs instead of 100 µs.
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

const server = await startStaticServer(DIST_DIR, {}, { headers: ISOLATION_HEADERS });
const browser = await launchChromium();
const rows = [];
try {
  for (const analysis of ANALYSES) {
    const { page, problems } = await openPage(browser);
    const cdp = await page.context().newCDPSession(page);
    page.on('crash', () => console.error(`${analysis}: the page crashed`));
    await page.addInitScript(installNextTask);
    await page.goto(`${server.url}?a=${analysis}`);
    await waitForEveryPlot(page, { timeout: 120_000 });
    // Throttled only once the page has loaded: this measures the cut updates, not the start-up.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const result = await page.evaluate(async ([axesDragged, gap, slowestShown]) => {
      const axes = [...document.querySelectorAll('[data-testid^="cut-min-"]')]
        .map((input) => input.dataset.testid.slice('cut-min-'.length))
        .filter((axis) => document.querySelector(`[data-testid="cut-max-${axis}"]`))
        .slice(0, axesDragged);
      const sequence = axes.flatMap((axis) => [
        ...Array(6).fill([`cut-min-${axis}`, 'ArrowUp']),
        ...Array(4).fill([`cut-max-${axis}`, 'ArrowDown']),
        ...Array(6).fill([`cut-min-${axis}`, 'ArrowDown']),
      ]);
      const canvases = [...document.querySelectorAll('[data-testid^="plot-"] canvas')];
      const revision = () => Math.min(...canvases.map((c) => Number(c.dataset.revision)));
      const nextTask = window.benchNextTask;
      const resetAll = async () => {
        const before = revision();
        document.querySelector('[data-testid="reset-all"]').click();
        while (revision() === before) await nextTask();
        await new Promise((resolve) => setTimeout(resolve, 200));
      };
      const times = [];
      const steps = [];
      let unchanged = 0;
      for (let pass = 0; pass < 4; pass += 1) {
        if (pass > 0) await resetAll();
        for (const [place, [testid, key]] of sequence.entries()) {
          const input = document.querySelector(`[data-testid="${testid}"]`);
          const before = revision();
          const shownBefore = input.value;
          const start = performance.now();
          input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          for (let i = 0; i < 10_000 && revision() === before; i += 1) await Promise.resolve();
          // A step at the end of an axis's range (or into the other end) changes neither the cut
          // nor the plots: the field keeps its value, and the step is not timed.
          for (let i = 0; i < 5 && revision() === before && input.value === shownBefore; i += 1) await nextTask();
          const moved = input.value !== shownBefore;
          const deadline = performance.now() + 2_000;
          while (moved && revision() === before && performance.now() < deadline) await nextTask();
          const end = performance.now();
          if (revision() === before) unchanged += 1;
          else if (pass > 0) {
            times.push(end - start);
            steps.push([end - start, testid, key, place]);
          }
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, gap - (performance.now() - start))));
        }
      }
      const slowest = steps.sort((a, b) => b[0] - a[0]).slice(0, slowestShown);
      return { times, slowest, unchanged, axes, plots: canvases.length, isolated: window.crossOriginIsolated };
    }, [AXES_DRAGGED, KEY_REPEAT_MS, SLOWEST]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (problems.length) throw new Error(`${analysis}: the page logged errors: ${problems.join('; ')}`);
    if (result.times.length === 0) throw new Error(`${analysis}: no cut step changed the plots`);
    rows.push({ analysis, ...result });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `cut update + redraw at ${CPU_SLOWDOWN}× CPU slowdown (Emulation.setCPUThrottlingRate), keyboard cut steps ` +
    `${KEY_REPEAT_MS} ms apart on each analysis's first ${AXES_DRAGGED} cut axes, headless Chromium ${browser.version()}`,
);
const pad = (value, width) => String(value).padStart(width);
console.log(`${'analysis'.padEnd(10)} ${pad('plots', 6)} ${pad('steps', 6)} ${pad('p50 ms', 9)} ${pad('p95 ms', 9)} ${pad('max ms', 9)}  axes`);
for (const row of rows) {
  console.log(
    `${row.analysis.padEnd(10)} ${pad(row.plots, 6)} ${pad(row.times.length, 6)} ${pad(percentile(row.times, 0.5).toFixed(2), 9)} ` +
      `${pad(percentile(row.times, 0.95).toFixed(2), 9)} ${pad(Math.max(...row.times).toFixed(2), 9)}  ${row.axes.join(', ')}` +
      `${row.isolated ? '' : ' (not cross-origin isolated: 100 µs clock)'}`,
  );
}
for (const row of rows) {
  for (const [ms, testid, key, place] of row.slowest) console.log(`  ${row.analysis} slow step: ${ms.toFixed(2)} ms, ${testid} ${key} (step ${place})`);
}
for (const row of rows) console.log(`BENCH throttled_update_p95_ms_${row.analysis}=${percentile(row.times, 0.95).toFixed(2)}`);
console.log(`BENCH throttled_update_p95_ms=${Math.max(...rows.map((row) => percentile(row.times, 0.95))).toFixed(2)}`);
