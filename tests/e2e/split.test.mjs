// The split WebAssembly (crates/xtask/src/split.rs, issue 19's "remove or defer it"): an
// analysis downloads only the main module; a page or tool that lives in a module of its own
// downloads it when it is first opened, and works. The other files test each of those pages
// and tools in full; this one checks what is downloaded when.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from './support/analyser.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { browserAndServer } from './support/session.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const session = browserAndServer(DIST_DIR);

/** A fresh page that records the file names of the wasm modules it downloads. */
async function pageCountingModules() {
  const page = await session.browser.newPage();
  const modules = [];
  page.on('request', (request) => {
    const name = path.basename(new URL(request.url()).pathname);
    if (name.endsWith('.wasm')) modules.push(name);
  });
  return { page, modules };
}

test('the build ships the main module and one module per split point', async () => {
  const files = await readdir(DIST_DIR);
  const main = files.filter((f) => /^analyser-web-[0-9a-f]+_bg\.wasm$/.test(f));
  assert.equal(main.length, 1, `one main module: ${main}`);
  const stem = main[0].replace(/_bg\.wasm$/, '');
  const split = files.filter((f) => f.startsWith(`${stem}_split_`) && f.endsWith('.wasm')).map((f) => f.slice(stem.length + 7, -5));
  for (const point of ['class', 'embed_form', 'event_display', 'explain', 'glossary', 'share', 'svg', 'teachers', 'uhi_export', 'worksheet']) {
    assert.ok(split.includes(point), `a module for ${point} (found ${split.join(', ')})`);
  }
  assert.ok(files.includes(`${stem}_split.js`), 'the loader beside the main module');
});

test('an analysis downloads only the main module, and a tool its own when first used', async () => {
  const { page, modules } = await pageCountingModules();
  try {
    await page.goto(`${session.server.url}?a=hzz4l`);
    await waitForEveryPlot(page);
    assert.deepEqual(modules.filter((m) => !m.endsWith('_bg.wasm')), [], 'nothing but the main module at start-up');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg-m4l').click()]);
    assert.match(download.suggestedFilename(), /\.svg$/);
    assert.ok(modules.some((m) => m.endsWith('_split_svg.wasm')), `the SVG module came with the first SVG download: ${modules}`);
    const count = modules.length;
    await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg-m4l').click()]);
    assert.equal(modules.length, count, 'a second download fetches nothing more');
  } finally {
    await page.close();
  }
});

test('a page of its own downloads its module and shows', async () => {
  const { page, modules } = await pageCountingModules();
  try {
    await page.goto(`${session.server.url}?page=glossary`);
    await page.getByTestId('glossary').waitFor();
    assert.ok(modules.some((m) => m.endsWith('_split_glossary.wasm')), `the glossary's module: ${modules}`);
    assert.ok(!modules.some((m) => m.endsWith('_split_teachers.wasm')), 'not the teacher page\'s');
  } finally {
    await page.close();
  }
});

test('a module that cannot be downloaded gives a notice, and the next visit gets it', async () => {
  const { page, modules } = await pageCountingModules();
  try {
    await page.route('**/*_split_glossary.wasm', (route) => route.abort('internetdisconnected'));
    await page.goto(`${session.server.url}?page=glossary`);
    const notice = page.getByTestId('part-not-loaded');
    await notice.waitFor();
    assert.match(await notice.innerText(), /could not be downloaded/);
    assert.equal(await page.getByTestId('glossary').count(), 0);

    await page.unroute('**/*_split_glossary.wasm');
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-glossary').click();
    await page.getByTestId('glossary').waitFor();
    assert.ok(modules.filter((m) => m.endsWith('_split_glossary.wasm')).length >= 2, `asked for again: ${modules}`);
  } finally {
    await page.close();
  }
});
