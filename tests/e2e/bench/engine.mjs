// The crossfilter engine benchmark in headless Chromium: loads crates/engine-bench-web (built by
// `cargo xtask bench` into ENGINE_BENCH_DIR) and prints a table like the native benchmark's.
// A plain script, not a test: node --test only picks up *.test.mjs and friends, never this file.
//
//   node tests/e2e/bench/engine.mjs          (after `cargo xtask bench` has built the page)

import path from 'node:path';

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
  let largest;
  for (const cells of SIZES) {
    const r = await page.evaluate((n) => window.engineBench.run(n), cells);
    console.log(
      `${pad(r.cells, 10)} ${pad(r.build_ms.toFixed(1), 12)} ${pad(r.p50_ms.toFixed(3), 10)} ` +
        `${pad(r.p95_ms.toFixed(3), 10)} ${pad(r.max_ms.toFixed(3), 10)} ${pad(r.full_rebuilds, 12)}`,
    );
    largest = r;
  }

  // Which steps make the tail at the largest size: every update at or above p95, by step.
  const slow = new Map();
  largest.ms.forEach((ms, i) => {
    if (ms < largest.p95_ms) return;
    const step = steps[i % steps.length];
    slow.set(step, Math.max(slow.get(step) ?? 0, ms));
  });
  const listed = [...slow].sort((a, b) => b[1] - a[1]).map(([step, ms]) => `${step} (${ms.toFixed(1)} ms)`);
  console.log(`updates at or above p95 at ${largest.cells} cells come from: ${listed.join('; ')}`);

  if (problems.length > 0) throw new Error(`the benchmark page reported errors:\n${problems.join('\n')}`);
} finally {
  await browser.close();
  await server.close();
}
