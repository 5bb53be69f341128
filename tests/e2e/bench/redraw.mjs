// A cut update including the redraw, in the real app: the built dist/ in headless Chromium opens
// histcube's 1 M-cell synthetic cube (nine axes, written by yield-oracle's synthetic_cube example
// into SYNTHETIC_CUBE) and is driven through its own cut inputs: each step is one keyboard step
// of a cut end (ArrowUp / ArrowDown on a min or max field), timed with performance.now() from
// dispatching the key event until every plot shows the new selection (the engine update, the
// Leptos effects, the yields panel and the canvas drawing of every plot whose picture changed).
// The browser's rasterisation of the canvases happens after that, on the compositor, and is not
// in the figure.
//
// The steps come KEY_REPEAT_MS (33 ms, a keyboard's auto-repeat at 30 per second) apart, like a
// held arrow key: the work the app leaves for after a step (writing the address bar, refitting
// the signal strength in its own task) then runs between steps, as it does for a person, and
// each step's figure is that step's own. The same sequence is then run again on a fresh page
// with the steps back to back (one task apart), where that deferred work lands inside the next
// step's time: a stress figure, printed beside the first.
// Prints p50/p95/max and ends with BENCH redraw_p50_ms / redraw_p95_ms (steps at the key-repeat
// rate) and redraw_back_to_back_p50_ms / _p95_ms lines. A plain script, not a test.
//
//   SYNTHETIC_CUBE=/tmp/synthetic-1m.cube DIST_DIR=dist node tests/e2e/bench/redraw.mjs

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from '../support/analyser.mjs';
import { launchChromium, openPage } from '../support/browser.mjs';
import { installNextTask } from './next-task.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
const CUBE = process.env.SYNTHETIC_CUBE;
const KEY_REPEAT_MS = 33;
if (!CUBE) throw new Error('SYNTHETIC_CUBE must name the synthetic cube file');
// Cross-origin isolation: performance.now() then ticks in 5 µs instead of 100 µs.
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// A drag-like sequence over several axes: a window opened and moved on one axis, then others.
const SEQUENCE = [
  ...Array(12).fill(['cut-min-mll', 'ArrowUp']),
  ...Array(8).fill(['cut-max-mll', 'ArrowDown']),
  ...Array(10).fill(['cut-min-met', 'ArrowUp']),
  ...Array(10).fill(['cut-max-mt', 'ArrowDown']),
  ...Array(6).fill(['cut-min-ptll', 'ArrowUp']),
  ...Array(10).fill(['cut-min-mll', 'ArrowDown']),
  ...Array(10).fill(['cut-min-met', 'ArrowDown']),
  ...Array(8).fill(['cut-max-dphi_ll', 'ArrowDown']),
];

const bytes = await readFile(CUBE);
const server = await startStaticServer(DIST_DIR, { '/assets/cubes/synthetic.cube': { status: 200, body: bytes } }, { headers: ISOLATION_HEADERS });
const browser = await launchChromium();
try {
  const run = async (gapMs) => {
    const { page, problems } = await openPage(browser);
    await page.addInitScript(installNextTask);
    await page.goto(`${server.url}?a=synthetic`);
    await waitForEveryPlot(page, { timeout: 120_000 });
    const result = await page.evaluate(async ([sequence, gap]) => {
      const canvases = [...document.querySelectorAll('[data-testid^="plot-"] canvas')];
      const revision = () => Math.min(...canvases.map((c) => Number(c.dataset.revision)));
      const draws = () => canvases.reduce((sum, c) => sum + Number(c.dataset.draws ?? 0), 0);
      // Each canvas's draw count and its last painting's duration, to sum this step's painting.
      const paintState = () => canvases.map((c) => [Number(c.dataset.draws ?? 0), Number(c.dataset.drawMs ?? 0)]);
      // Yields to the event loop without setTimeout's clamping (./next-task.mjs).
      const nextTask = window.benchNextTask;
      const times = [];
      const painting = [];
      let repaints = 0;
      // One warm-up pass and three measured passes, as in the engine benchmark; "reset all"
      // clears the cuts between passes, so each pass starts from the same selection. The
      // warm-up lets V8 compile (and tier up) the wasm functions a cut step runs, which it does
      // lazily on first call.
      const resetAll = async () => {
        const before = revision();
        document.querySelector('[data-testid="reset-all"]').click();
        while (revision() === before) await nextTask();
        await new Promise((resolve) => setTimeout(resolve, 100));
      };
      for (let pass = 0; pass < 4; pass += 1) {
        if (pass > 0) await resetAll();
        for (const [testid, key] of sequence) {
          const input = document.querySelector(`[data-testid="${testid}"]`);
          const before = revision();
          const paintedBefore = paintState();
          const drawsBefore = draws();
          const start = performance.now();
          input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          // Leptos runs its effects as microtasks; poll between them, then between tasks.
          for (let i = 0; i < 10_000 && revision() === before; i += 1) await Promise.resolve();
          while (revision() === before) await nextTask();
          const end = performance.now();
          if (pass > 0) {
            times.push(end - start);
            painting.push(paintState().reduce((sum, [n, ms], i) => sum + (n > paintedBefore[i][0] ? ms : 0), 0));
            repaints += draws() - drawsBefore;
          }
          if (gap > 0) await new Promise((resolve) => setTimeout(resolve, Math.max(0, gap - (performance.now() - start))));
          else await nextTask();
        }
      }
      return { times, painting, steps: times.length, repaints, plots: canvases.length, isolated: window.crossOriginIsolated };
    }, [SEQUENCE, gapMs]);
    if (problems.length) throw new Error(`the page logged errors: ${problems.join('; ')}`);
    await page.close();
    return result;
  };
  const percentile = (values, q) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };
  const spaced = await run(KEY_REPEAT_MS);
  const backToBack = await run(0);
  const result = spaced;
  const sorted = [...result.times].sort((a, b) => a - b);
  const at = (q) => percentile(sorted, q);
  console.log(
    `cut update + redraw in the app: 1 M-cell synthetic cube, ${result.plots} plots, ${result.steps} keyboard cut steps, ` +
      `${result.repaints} canvas repaints (${(result.repaints / result.steps).toFixed(1)} per step), headless Chromium ${browser.version()}` +
      `${result.isolated ? '' : ' (not cross-origin isolated: 100 µs clock)'}`,
  );
  console.log(`steps ${KEY_REPEAT_MS} ms apart (key repeat): p50 ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   max ${sorted.at(-1).toFixed(2)} ms`);
  console.log(`of which painting canvases: p50 ${percentile(result.painting, 0.5).toFixed(2)} ms   p95 ${percentile(result.painting, 0.95).toFixed(2)} ms`);
  const b2b = (q) => percentile(backToBack.times, q);
  console.log(`steps back to back:             p50 ${b2b(0.5).toFixed(2)} ms   p95 ${b2b(0.95).toFixed(2)} ms   max ${b2b(1).toFixed(2)} ms`);
  console.log(`BENCH redraw_p50_ms=${at(0.5).toFixed(2)}`);
  console.log(`BENCH redraw_p95_ms=${at(0.95).toFixed(2)}`);
  console.log(`BENCH redraw_back_to_back_p50_ms=${b2b(0.5).toFixed(2)}`);
  console.log(`BENCH redraw_back_to_back_p95_ms=${b2b(0.95).toFixed(2)}`);
} finally {
  await browser.close();
  await server.close();
}
