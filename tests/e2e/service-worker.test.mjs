// The service worker's rules (issue 15, docs/offline.md): only the app's own shell is ever
// served as the shell, a page of a newer build never gets an older build's cube, a dead network
// falls back to the cached app within seconds, and embedded frames register nothing. DIST_DIR
// must be a release build finished by xtask (its sw.js carries the build's precache list).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from './support/analyser.mjs';
import { launchChromium } from './support/browser.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** Opens `url` in `context` and waits until the worker is active with its cache filled. */
async function installWorker(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await waitForEveryPlot(page);
  const entries = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('histanalyser-')));
    return (await cache.keys()).length;
  });
  assert.ok(entries >= 6, `the worker precached the build (${entries} entries)`);
  return page;
}

test('other files of the site opened in a tab never replace the offline app', async () => {
  const server = await startStaticServer(DIST_DIR);
  const context = await browser.newContext();
  try {
    const first = await installWorker(context, `${server.url}?a=hzz4l`);
    await first.close();
    // The catalog, a diagram and the embedding example, each opened as a page.
    const tab = await context.newPage();
    for (const file of ['assets/cubes/catalog.json', 'assets/diagrams/hzz4l.svg', 'embed/example.html']) {
      const response = await tab.goto(`${server.url}${file}`);
      assert.equal(response.status(), 200, file);
    }
    await context.setOffline(true);
    await server.close();
    await tab.goto(`${server.url}?a=hzz4l`);
    await waitForEveryPlot(tab);
    assert.equal(await tab.getByTestId('load-error').count(), 0, 'the offline app opens');
    // Offline, the catalog opened as a page is the catalog (this build's copy), not the app.
    await tab.goto(`${server.url}assets/cubes/catalog.json`);
    assert.match(await tab.locator('body').innerText(), /"analyses"/);
  } finally {
    await context.close();
    await server.close().catch(() => {});
  }
});

test('the first load after a deploy that changes the cube format shows no format error', async () => {
  // The build a returning student saw: its cubes in an older format, its page a different file
  // (another build's page names other hashed scripts), its worker another version.
  const cube = await readFile(path.join(DIST_DIR, 'assets/cubes/hzz4l.cube'));
  const oldCube = Buffer.from(cube);
  oldCube.writeUInt16LE(cube.readUInt16LE(8) - 1, 8);
  const index = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
  const sw = await readFile(path.join(DIST_DIR, 'sw.js'), 'utf8');
  const overrides = {
    '/assets/cubes/hzz4l.cube': { status: 200, body: oldCube },
    '/': { status: 200, type: 'text/html; charset=utf-8', body: index.replace('</body>', '<!-- the previous build --></body>') },
    '/index.html': { status: 200, body: index.replace('</body>', '<!-- the previous build --></body>') },
    '/sw.js': { status: 200, body: sw.replace(/const BUILD = '[0-9a-f]+';/, "const BUILD = '0000000000000000';") },
  };
  const server = await startStaticServer(DIST_DIR, overrides);
  const context = await browser.newContext();
  try {
    // The previous build's own page cannot read its (older) cube with this wasm: that is fine,
    // it only installs the worker and fills its cache with the older cube.
    const first = await context.newPage();
    await first.goto(`${server.url}?a=ttz`);
    await waitForEveryPlot(first);
    await first.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const cache = await caches.open('histanalyser-0000000000000000');
      if (!(await cache.match('./assets/cubes/hzz4l.cube'))) throw new Error('the old cube is not cached');
    });
    await first.close();
    // The deploy: the server now has the new build.
    for (const key of Object.keys(overrides)) delete overrides[key];
    const page = await context.newPage();
    await page.goto(`${server.url}?a=hzz4l`);
    await waitForEveryPlot(page);
    assert.equal(await page.getByTestId('load-error').count(), 0, 'no format error on the first load after the deploy');
  } finally {
    await context.close();
    await server.close();
  }
});

test('on a connected but dead network the cached app appears within 4 seconds', async () => {
  const server = await startStaticServer(DIST_DIR);
  const context = await browser.newContext();
  try {
    const first = await installWorker(context, `${server.url}?a=hzz4l`);
    await first.close();
    // The network accepts requests and never answers: every request, the worker's included,
    // is held inside the browser.
    let held = 0;
    await context.route('**/*', () => { held += 1; });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.url}?a=hzz4l&logy=1`, { waitUntil: 'commit', timeout: 10_000 });
    await page.locator('#app').waitFor({ timeout: 10_000 });
    const shell = Date.now() - started;
    await waitForEveryPlot(page);
    const plots = Date.now() - started;
    assert.ok(held >= 1, 'the worker asked the (dead) network for the page first');
    assert.ok(shell <= 4000, `the cached app appeared after ${shell} ms`);
    console.log(`BENCH sw.blackholed_shell_ms=${shell} sw.blackholed_plots_ms=${plots}`);
  } finally {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
    await server.close();
  }
});

test('an embedded analyser registers no service worker', async () => {
  const server = await startStaticServer(DIST_DIR);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?a=hzz4l&embed=1`);
    await waitForEveryPlot(page);
    // Registration would follow the first view at once; give it time to happen if it were to.
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    // The example host page frames the app: nothing registers there either.
    await page.goto(`${server.url}embed/example.html`);
    const frame = page.frameLocator('[data-testid="embedded"]');
    await frame.locator('[data-testid^="plot-"] canvas[data-state="drawn"]').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  } finally {
    await context.close();
    await server.close();
  }
});
