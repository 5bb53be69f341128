// The event display's drawing time: the built dist/ in headless Chromium opens hzz4l's event
// display on the fullest bin of the m4l plot (the Z peak, no cuts) and walks through its
// collisions with "Next collision", reading each one's `data-draw-ms` — the time to paint both
// views (x–y and r–z) with plotters on their canvases, measured inside the page around the
// drawing itself. Prints p50/p95/max and ends with `BENCH event_draw_p50_ms=…` and
// `BENCH event_draw_p95_ms=…`. A plain script, not a test.
//
//   DIST_DIR=dist node tests/e2e/bench/event-display.mjs

import path from 'node:path';

import { launchChromium, openPage } from '../support/browser.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
const EVENTS = 60;
// Cross-origin isolation: performance.now() then ticks in 5 µs instead of 100 µs.
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const server = await startStaticServer(DIST_DIR, {}, { headers: ISOLATION_HEADERS });
const browser = await launchChromium();
try {
  const { page, problems } = await openPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}?a=hzz4l`);
  await page.locator('[data-testid="events-show-m4l"]').click();
  const bins = page.locator('[data-testid="events-bin"] option');
  await bins.nth(1).waitFor({ state: 'attached' });
  // The fullest bin: its option reads "<bin> (<count>)".
  const counts = await bins.evaluateAll((options) => options.map((o) => [o.value, Number(/\((\d+)\)\s*$/.exec(o.textContent)?.[1] ?? 0)]));
  const [fullest] = counts.sort((a, b) => b[1] - a[1])[0];
  await page.locator('[data-testid="events-bin"]').selectOption(fullest);
  await page.locator('[data-testid="event-item"]').first().click();
  const times = [];
  for (let i = 0; i < EVENTS; i += 1) {
    const canvas = page.locator('[data-testid="event-display"][data-state="drawn"]');
    await canvas.waitFor();
    times.push(Number(await canvas.getAttribute('data-draw-ms')));
    const next = page.locator('[data-testid="event-next"]');
    if (await next.isDisabled()) break;
    const before = await canvas.getAttribute('data-event');
    await next.click();
    await page.waitForFunction((id) => document.querySelector('[data-testid="event-display"]')?.dataset.event !== id, before);
  }
  if (problems.length > 0) throw new Error(`the page reported problems: ${problems.join('; ')}`);
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`event display: both views of ${times.length} hzz4l collisions (bin with ${counts[0][1]})`);
  console.log(`  draw p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms`);
  console.log(`BENCH event_draw_p50_ms=${at(0.5).toFixed(2)}`);
  console.log(`BENCH event_draw_p95_ms=${at(0.95).toFixed(2)}`);
} finally {
  await browser.close();
  await server.close();
}
