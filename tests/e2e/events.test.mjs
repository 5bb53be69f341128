// The event display (issue 21): the recorded collisions behind a bin. With m4l cut to 120–130 GeV,
// a click on a bin of the m4l plot lists exactly the recorded events that the independent uproot
// selection (tools/validation/hzz4l_uproot.py --events-in, kept in reference/hzz4l_m4l_events.txt)
// puts in that bin; opening one draws four leptons whose four-vectors in the table give the m4l
// the page shows; an `event=` link opens the same collision; a corrupt records file is a clear
// message while the histograms keep working. Also screenshots (390 and 1280 px, English and
// Spanish) in tests/e2e/artifacts/ for a person to look at.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { openPage } from './support/browser.mjs';
import { browserAndServer } from './support/session.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { plotCanvas, pointOnPlot, settledAddress, waitForPlots } from './support/analyser.mjs';
import { startStaticServer } from './support/server.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
const REFERENCE = path.join(path.dirname(new URL(import.meta.url).pathname), 'reference/hzz4l_m4l_events.txt');
const AXES = ['m4l', 'mz1', 'mz2', 'channel', 'lead_lep_pt'];

/** uproot's selected events with LOWER <= m4l < UPPER, as `run:event` sorted by the app's order. */
async function referenceEvents(lower, upper) {
  const lines = (await readFile(REFERENCE, 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
  const ids = lines
    .map((l) => l.split(' '))
    .filter(([lo, hi]) => Number(lo) === lower && Number(hi) === upper)
    .map(([, , id]) => id);
  assert.ok(ids.length > 0, `the reference lists events in ${lower}–${upper} GeV`);
  return ids.sort(byRunAndEvent);
}

function byRunAndEvent(a, b) {
  const [ra, ea] = a.split(':').map(BigInt);
  const [rb, eb] = b.split(':').map(BigInt);
  return ra === rb ? (ea < eb ? -1 : ea > eb ? 1 : 0) : ra < rb ? -1 : 1;
}

/** `run:event` of the listed recorded-data events, in the page's order. */
async function listedData(page) {
  await page.locator('[data-testid="events-list"]').waitFor();
  return page.locator('[data-testid="event-item"][data-process="data"]').evaluateAll((items) => items.map((i) => i.dataset.event));
}

/** The invariant mass of the leading four leptons of the object table, from their pt,eta,phi,e. */
async function m4lFromTable(page) {
  const vectors = await page
    .locator('[data-testid="event-objects"] tr[data-kind="electron"], [data-testid="event-objects"] tr[data-kind="muon"]')
    .evaluateAll((rows) => rows.map((r) => r.dataset.fourVector.split(',').map(Number)));
  let [e, px, py, pz] = [0, 0, 0, 0];
  for (const [pt, eta, phi, energy] of vectors.slice(0, 4)) {
    e += energy;
    px += pt * Math.cos(phi);
    py += pt * Math.sin(phi);
    pz += pt * Math.sinh(eta);
  }
  return { leptons: vectors.length, mass: Math.sqrt(e * e - px * px - py * py - pz * pz) };
}

const session = browserAndServer(DIST_DIR, { artifacts: ARTIFACTS });

describe('the event display of hzz4l', () => {
  test('a click on the 125 GeV bin lists exactly the events uproot selects there, and one opens with four leptons', async () => {
    const { page, problems } = await openPage(session.browser);
    const downloaded = [];
    page.on('request', (request) => downloaded.push(new URL(request.url()).pathname));
    await page.goto(`${session.server.url}?a=hzz4l&cut=m4l:120:130`);
    await waitForPlots(page, AXES);
    assert.ok(!downloaded.some((p) => p.endsWith('.events')), 'the records wait until a student asks for them');

    const at = await pointOnPlot(page, 'm4l', 127.5);
    await page.mouse.click(at.x, at.y);
    assert.deepEqual(await listedData(page), await referenceEvents(125, 130));
    assert.equal(await page.locator('[data-testid="events-bin"]').inputValue(), String(1 + (125 - 80) / 5), 'the bin clicked is chosen');
    assert.ok(
      await page.locator('#events-heading').evaluate((h) => h === document.activeElement),
      'the focus moves to the list, so a screen reader announces it',
    );

    // The neighbouring bin through the chooser, as with the keyboard.
    await page.locator('[data-testid="events-bin"]').selectOption(String(1 + (120 - 80) / 5));
    assert.deepEqual(await listedData(page), await referenceEvents(120, 125));

    const first = page.locator('[data-testid="event-item"][data-process="data"]').first();
    const id = await first.getAttribute('data-event');
    await first.click();
    const display = page.locator('[data-testid="event-display"]');
    await page.locator('[data-testid="event-display"][data-state="drawn"]').waitFor();
    assert.equal(await display.getAttribute('data-event'), id);
    assert.match(await display.getAttribute('data-objects'), /^leptons=4,jets=\d+$/);
    const { leptons, mass } = await m4lFromTable(page);
    assert.equal(leptons, 4);
    const shown = Number(await page.locator('[data-testid="event-values"] tr[data-axis="m4l"]').getAttribute('data-value'));
    assert.ok(Math.abs(mass - shown) < 0.01, `m4l from the leptons ${mass} against ${shown} shown`);
    assert.ok(shown >= 120 && shown < 125, `the event lies in its bin: ${shown}`);
    assert.equal((await settledAddress(page)).searchParams.get('event'), id, 'the address names the open event');

    // Next and previous walk the bin's list.
    await page.locator('[data-testid="event-next"]').click();
    const second = await page.locator('[data-testid="event-display"]').getAttribute('data-event');
    assert.notEqual(second, id);
    // The list holds the recorded data, then the same-sign events behind the reducible estimate.
    const listed = await page.locator('[data-testid="event-item"]').count();
    assert.ok(listed > (await referenceEvents(120, 125)).length);
    assert.equal(await page.locator('[data-testid="event-position"]').textContent(), `Collision 2 of ${listed} in this bin`);
    await page.locator('[data-testid="event-previous"]').click();
    assert.equal(await page.locator('[data-testid="event-display"]').getAttribute('data-event'), id);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an event= link opens that collision directly, and one the records lack is named', async () => {
    const [id] = await referenceEvents(125, 130);
    const { page, problems } = await openPage(session.browser);
    await page.goto(`${session.server.url}?a=hzz4l&event=${id}`);
    const display = page.locator('[data-testid="event-display"][data-state="drawn"]');
    await display.waitFor();
    assert.equal(await display.getAttribute('data-event'), id);
    assert.match(await display.getAttribute('data-objects'), /^leptons=4,/);
    // Listed in its bin of the first plot under the link's cuts (none).
    assert.equal(await page.locator('[data-testid="events-bin"]').inputValue(), String(1 + (125 - 80) / 5));
    assert.equal(await page.locator(`[data-testid="event-item"][data-event="${id}"]`).getAttribute('aria-pressed'), 'true');

    await page.goto(`${session.server.url}?a=hzz4l&event=1:2`);
    await page.locator('[data-testid="event-not-found"]').waitFor();
    assert.match(await page.locator('[data-testid="event-not-found"]').textContent(), /1:2/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a corrupt records file is a clear message and the histograms keep working', async () => {
    const broken = await startStaticServer(DIST_DIR, {
      '/assets/cubes/hzz4l.events': { status: 200, body: Buffer.from('HCEVENTS\u0001\u0000\u0000\u0000garbage that is not a payload') },
    });
    try {
      const { page } = await openPage(session.browser);
      await page.goto(`${broken.url}?a=hzz4l`);
      await waitForPlots(page, AXES);
      await page.locator('[data-testid="events-show-m4l"]').click();
      const error = page.locator('[data-testid="events-error"]');
      await error.waitFor();
      assert.match(await error.textContent(), /hzz4l\.events/);
      assert.match(await error.textContent(), /histograms are not affected/);
      // The plots still take cuts.
      const before = Number(await plotCanvas(page, 'mz1').getAttribute('data-revision'));
      await page.locator('[data-testid="chip-channel-4mu"]').click();
      await page.waitForFunction((rev) => Number(document.querySelector('[data-testid="plot-mz1"] canvas').dataset.revision) > rev, before);
      await page.close();
    } finally {
      await broken.close();
    }
  });

  test('screenshots of an open collision at phone and laptop widths, in English and Spanish', async () => {
    const [id] = await referenceEvents(125, 130);
    const tooWide = [];
    for (const lang of ['en', 'es']) {
      for (const width of [390, 1280]) {
        const { page } = await openPage(session.browser);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${session.server.url}?a=hzz4l&lang=${lang}&cut=m4l:120:130&event=${id}`);
        await page.locator('[data-testid="event-display"][data-state="drawn"]').waitFor();
        await page.locator('.events-panel').screenshot({ path: path.join(ARTIFACTS, `events-${lang}-${width}.png`) });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) tooWide.push(`${lang} at ${width} px: ${overflow} px too wide`);
        await page.close();
      }
    }
    assert.deepEqual(tooWide, [], 'no page scrolls sideways');
  });
});
