// Embedding (issue 6, docs/embedding.md): the app runs under a strict Content-Security-Policy,
// and the example host page's iframe follows the app's height through the postMessage resize
// protocol, ignoring messages that do not come from its frame.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from './support/analyser.mjs';
import { launchChromium, openPageRecordingViolations } from './support/browser.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));

/** The policy docs/embedding.md recommends, served with every file. */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // plotters-canvas measures text on a span styled through its style attribute.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');

let browser;
let server;
before(async () => {
  browser = await launchChromium();
  server = await startStaticServer(DIST_DIR, {}, { headers: { 'Content-Security-Policy': CSP } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page has no inline script', async () => {
  const index = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
  for (const tag of index.matchAll(/<script\b[^>]*>/g)) {
    assert.match(tag[0], /\bsrc=/, `${tag[0]} loads a file`);
  }
});

test('the analyser runs under the strict policy', async () => {
  const { page, problems } = await openPageRecordingViolations(browser);
  try {
    await page.goto(`${server.url}?a=hzz4l`);
    await waitForEveryPlot(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the example host page resizes its iframe to the compact analyser', async () => {
  const { page, problems } = await openPageRecordingViolations(browser);
  try {
    await page.goto(`${server.url}embed/example.html`);
    const iframe = page.getByTestId('embedded');
    const frame = page.frameLocator('[data-testid="embedded"]');
    await frame.locator('[data-testid^="plot-"] canvas[data-state="drawn"]').first().waitFor({ timeout: 60_000 });
    const inner = (await iframe.elementHandle()).contentFrame();
    const content = await inner;
    await waitForEveryPlot(content);
    assert.equal(await content.evaluate(() => document.documentElement.lang), 'es', 'the frame speaks the language of its src');
    assert.equal(await content.locator('[data-testid="site-header"]').count(), 0, 'no header in the compact view');

    // The frame grows to its content (it starts at 300 px).
    const matches = async () => {
      const contentHeight = await content.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const frameHeight = (await iframe.boundingBox()).height;
      return { contentHeight, frameHeight, ok: Math.abs(frameHeight - contentHeight) <= 2 };
    };
    await page.waitForFunction(() => document.querySelector('[data-testid="embedded"]').dataset.histanalyserHeight);
    let state = await matches();
    for (let i = 0; i < 50 && !state.ok; i++) {
      await page.waitForTimeout(100);
      state = await matches();
    }
    assert.ok(state.ok, `the frame is ${state.frameHeight} px for ${state.contentHeight} px of content`);
    assert.ok(state.frameHeight > 300, 'the frame grew from its initial 300 px');

    // Content that grows makes the frame grow with it.
    const before = state.frameHeight;
    await content.evaluate(() => {
      const block = document.createElement('div');
      block.id = 'test-growth';
      block.style.height = '400px';
      document.body.append(block);
    });
    await page.waitForFunction((h) => document.querySelector('[data-testid="embedded"]').getBoundingClientRect().height >= h + 390, before);
    // …and shrink back.
    await content.evaluate(() => document.getElementById('test-growth').remove());
    await page.waitForFunction((h) => Math.abs(document.querySelector('[data-testid="embedded"]').getBoundingClientRect().height - h) <= 2, before);

    // A message that does not come from the frame changes nothing.
    await page.evaluate(() => window.postMessage({ type: 'histanalyser:resize', height: 250 }, '*'));
    await page.waitForTimeout(300);
    assert.ok(Math.abs((await iframe.boundingBox()).height - before) <= 2, 'a forged message is ignored');

    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation on the host page');
    assert.deepEqual(await content.evaluate(() => window.__violations), [], 'no CSP violation in the frame');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('the Embed button gives the frame code of the view on screen', async () => {
  const { page, problems } = await openPageRecordingViolations(browser);
  try {
    await page.goto(`${server.url}?a=hzz4l&cut=m4l:115:135&lang=es`);
    await waitForEveryPlot(page);
    await page.getByTestId('embed-button').click();
    const code = await page.getByTestId('embed-code').inputValue();
    const src = new URL(/<iframe src="([^"]+)"/.exec(code)[1].replaceAll('&amp;', '&'));
    assert.equal(src.searchParams.get('embed'), '1');
    assert.equal(src.searchParams.get('lang'), 'es');
    assert.deepEqual(src.searchParams.getAll('cut'), ['m4l:115:135']);
    assert.match(code, /data-histanalyser/);
    assert.match(code, /<script src="[^"]*embed\/host\.js" defer><\/script>/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
