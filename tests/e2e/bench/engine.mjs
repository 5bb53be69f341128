// The crossfilter engine benchmark in headless Chromium: loads crates/engine-bench-web (built by
// `cargo xtask bench` into ENGINE_BENCH_DIR) and prints a table like the native benchmark's,
// then times npm crossfilter2 on the same events and the same drag sequence in the same page
// (crossfilter-bench.js) and prints both side by side.
// For `cargo xtask bench` it ends with `BENCH key=value` lines: update_p95_ms (the wasm engine's
// p95 at the largest size) and crossfilter_ratio (crossfilter's p95 / ours, largest size).
// A plain script, not a test: node --test only picks up *.test.mjs and friends, never this file.
//
//   node tests/e2e/bench/engine.mjs          (after `cargo xtask bench` has built the page)

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium, openPage } from '../support/browser.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const PAGE_DIR = process.env.ENGINE_BENCH_DIR ?? path.join(REPO_ROOT, 'target/engine-bench');
// The native benchmark's sizes; ENGINE_BENCH_CELLS=10000,100000 for a quicker look.
const SIZES = (process.env.ENGINE_BENCH_CELLS ?? '10000,100000,1000000').split(',').map(Number);
// Cross-origin isolation: Chromium then rounds performance.now() to 5 µs instead of 100 µs,
// which the 10 k-cell updates (a few µs natively) need.
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const server = await startStaticServer(PAGE_DIR, {}, { headers: ISOLATION_HEADERS });
const browser = await launchChromium();
try {
  const { page, problems } = await openPage(browser);
  await page.goto(server.url);
  await page.waitForFunction(() => window.engineBench, null, { timeout: 60_000 });
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('crossfilter2') });
  await page.addScriptTag({ path: path.join(path.dirname(fileURLToPath(import.meta.url)), 'crossfilter-bench.js') });

  // The clock's step as the page sees it: the smallest non-zero difference of two readings.
  const clock = await page.evaluate(() => {
    let tick = Infinity;
    let last = performance.now();
    for (let i = 0; i < 200_000; i++) {
      const now = performance.now();
      if (now > last) tick = Math.min(tick, now - last);
      last = now;
    }
    return { isolated: window.crossOriginIsolated, tickUs: tick * 1e3 };
  });
  if (!clock.isolated) throw new Error('the benchmark page is not cross-origin isolated: performance.now() would tick in 100 µs');

  const steps = await page.evaluate(() => window.engineBench.steps());
  const pad = (value, width) => String(value).padStart(width);
  console.log(
    `engine: per-update time over a ${steps.length}-step drag sequence ` +
      `(wasm32, opt-level 3, headless Chromium ${browser.version()}, one core; performance.now() ticks ${clock.tickUs.toFixed(0)} µs)`,
  );
  console.log(`${pad('cells', 10)} ${pad('build idx ms', 12)} ${pad('p50 ms', 10)} ${pad('p95 ms', 10)} ${pad('max ms', 10)} ${pad('full rebuild', 12)}`);
  const results = [];
  for (const cells of SIZES) {
    const r = await page.evaluate((n) => window.engineBench.run(n), cells);
    console.log(
      `${pad(r.cells, 10)} ${pad(r.build_ms.toFixed(1), 12)} ${pad(r.p50_ms.toFixed(3), 10)} ` +
        `${pad(r.p95_ms.toFixed(3), 10)} ${pad(r.max_ms.toFixed(3), 10)} ${pad(r.full_rebuilds, 12)}`,
    );
    results.push(r);
  }
  const largest = results.at(-1);

  // Which steps make the tail at the largest size: every update at or above p95, by step.
  const slow = new Map();
  largest.ms.forEach((ms, i) => {
    if (ms < largest.p95_ms) return;
    const step = steps[i % steps.length];
    slow.set(step, Math.max(slow.get(step) ?? 0, ms));
  });
  const listed = [...slow].sort((a, b) => b[1] - a[1]).map(([step, ms]) => `${step} (${ms.toFixed(1)} ms)`);
  console.log(`updates at or above p95 at ${largest.cells} cells come from: ${listed.join('; ')}`);


  // Crossfilter on the very events that filled each cube, after ours, in the same page.
  console.log(
    `\nagainst npm crossfilter2 ${crossfilterVersion()} on the events that filled each cube ` +
      `(one dimension and one Σw-per-(bin, process) group per axis, yields as a groupAll; update = filter + reading every group)`,
  );
  console.log(
    `${pad('cells', 10)} ${pad('events', 10)} ${pad('ours p50', 10)} ${pad('ours p95', 10)} ` +
      `${pad('xf build ms', 12)} ${pad('xf p50', 10)} ${pad('xf p95', 10)} ${pad('xf max', 10)} ${pad('p95 ratio', 10)}`,
  );
  let ratio;
  for (const ours of results) {
    const theirs = await page.evaluate((n) => window.crossfilterBench.run(n), ours.cells);
    ratio = theirs.p95_ms / ours.p95_ms;
    console.log(
      `${pad(ours.cells, 10)} ${pad(theirs.events, 10)} ${pad(ours.p50_ms.toFixed(3), 10)} ${pad(ours.p95_ms.toFixed(3), 10)} ` +
        `${pad(theirs.build_ms.toFixed(0), 12)} ${pad(theirs.p50_ms.toFixed(3), 10)} ${pad(theirs.p95_ms.toFixed(3), 10)} ` +
        `${pad(theirs.max_ms.toFixed(3), 10)} ${pad(`${ratio.toFixed(1)}×`, 10)}`,
    );
  }

  if (problems.length > 0) throw new Error(`the benchmark page reported errors:\n${problems.join('\n')}`);
  console.log(`BENCH update_p95_ms=${largest.p95_ms.toFixed(3)}`);
  console.log(`BENCH crossfilter_ratio=${ratio.toFixed(1)}`);
} finally {
  await browser.close();
  await server.close();
}

function crossfilterVersion() {
  return createRequire(import.meta.url)('crossfilter2/package.json').version;
}
