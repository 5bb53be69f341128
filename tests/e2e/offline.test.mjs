// Offline classrooms: after one visit the service worker has the whole app and its cubes, so the
// analyser starts and draws with the network off (issue 6). DIST_DIR must be a release build
// finished by xtask (its sw.js carries the build's precache list).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from './support/analyser.mjs';
import { launchChromium, openPage } from './support/browser.mjs';
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


test('the release build precaches every file of dist/ under a versioned cache name', async () => {
  const sw = await readFile(path.join(DIST_DIR, 'sw.js'), 'utf8');
  assert.match(sw, /^const BUILD = '[0-9a-f]{16}';$/m, 'xtask wrote the build version into sw.js');
  const index = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
  for (const asset of index.matchAll(/(?:href|src)=\.?\/?([\w./-]+\.(?:js|wasm|css|cube|svg))/g)) {
    assert.ok(sw.includes(`"./${asset[1]}"`), `sw.js precaches ${asset[1]}, which index.html loads`);
  }
  // What the app fetches later: every catalogued cube and every explanation's diagram.
  const catalog = JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8'));
  // (The .gz and .br copies beside each file are for servers, not for the worker.)
  const diagrams = (await readdir(path.join(DIST_DIR, 'assets/diagrams')))
    .filter((f) => f.endsWith('.svg'))
    .map((f) => `assets/diagrams/${f}`);
  assert.ok(diagrams.includes('assets/diagrams/ttz3l.svg'), `the three-lepton diagram is built: ${diagrams}`);
  for (const file of [...catalog.analyses.map((a) => `assets/cubes/${a.file}`), ...diagrams]) {
    assert.ok(sw.includes(`"./${file}"`), `sw.js precaches ${file}`);
  }
});

test('after one visit the analyser works with the network off', async () => {
  const server = await startStaticServer(DIST_DIR);
  const { page, problems } = await openPage(browser);
  try {
    const url = `${server.url}?a=hzz4l`;
    await page.goto(url);
    await waitForEveryPlot(page);
    // The worker installs after the page has loaded; `ready` resolves once it is active, which is
    // after its install step has stored every file.
    const cached = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('histanalyser-')));
      return { active: Boolean(registration.active), entries: (await cache.keys()).length };
    });
    assert.ok(cached.active, 'the service worker is active');
    assert.ok(cached.entries >= 6, `the cache holds the app (${cached.entries} entries)`);

    // The network goes away: the browser is offline and the server is gone.
    await page.context().setOffline(true);
    await server.close();
    await page.reload();
    await waitForEveryPlot(page);
    assert.equal(await page.getByTestId('load-error').count(), 0, 'no load error offline');
    assert.match(await page.getByTestId('yield-data').innerText(), /\d/, 'the yields are computed offline');
    // Another address of the same app (a language or a cut in the query) is the same cached page.
    await page.goto(`${url}&logy=1`);
    await waitForEveryPlot(page);
    // A language other than English is downloaded at start-up: offline it comes from the cache.
    await page.goto(`${url}&lang=de`);
    await waitForEveryPlot(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de', 'German offline');
    assert.equal(await page.getByTestId('link-notice').count(), 0, 'no notice of a missing language');
    // Every other catalogued analysis, never opened online, and its explanation with the diagram.
    const catalog = JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8'));
    for (const { id } of catalog.analyses.filter((a) => a.id !== 'hzz4l')) {
      await page.goto(`${server.url}?a=${id}`);
      await waitForEveryPlot(page);
      assert.equal(await page.getByTestId('load-error').count(), 0, `${id} opens offline`);
    }
    await page.goto(`${server.url}?page=explain&a=ttz3l`);
    const diagram = page.getByTestId('explain-intro').locator('img');
    await diagram.waitFor();
    await page.waitForFunction((img) => img.complete, await diagram.elementHandle());
    assert.ok(await diagram.evaluate((img) => img.naturalWidth > 0), 'the tt̄Z three-lepton diagram is drawn offline');
    const unexpected = problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p));
    assert.deepEqual(unexpected, [], 'no errors besides the expected failed network requests');
  } finally {
    await page.context().setOffline(false);
    await page.close();
    await server.close().catch(() => {});
  }
});
