// Hardening (issue 15, docs/reliability.md): the Content-Security-Policy the built page carries
// in a <meta> holds on every route with no violation, even from a static host that sends no
// header; a link cannot put its own words on the page; a damaged cube says so in plain words;
// and the embedding host script ignores every forged resize message.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from './support/analyser.mjs';
import { launchChromium, openPage, openPageRecordingViolations } from './support/browser.mjs';
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

test('the built page carries a strict policy in a meta element, before any script', async () => {
  const index = await readFile(path.join(DIST_DIR, 'index.html'), 'utf8');
  const meta = index.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]+)">/);
  assert.ok(meta, 'index.html has a Content-Security-Policy meta element');
  const scriptSrc = meta[1].split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'");
  assert.ok(!/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc));
  assert.ok(!meta[1].includes('frame-ancestors'), 'frame-ancestors is ignored in a meta: it belongs in a header');
  assert.ok(index.indexOf(meta[0]) < index.search(/<script|<link/), 'the policy comes before what it governs');
});

// Every page the app has, the compact embedded view, another language, and the error page.
const ROUTES = [
  { query: '', ready: (p) => p.getByTestId('analysis-cards').waitFor() },
  { query: '?a=hzz4l', ready: waitForEveryPlot },
  { query: '?a=hww&view=shapes&logy=1', ready: waitForEveryPlot },
  { query: '?a=ttz&proj=1', ready: waitForEveryPlot },
  { query: '?a=ttz3l&lang=it', ready: waitForEveryPlot },
  { query: '?a=hzz4l&embed=1&lang=es', ready: waitForEveryPlot },
  { query: '?page=explain&a=hzz4l', ready: (p) => p.getByTestId('explain-intro').waitFor() },
  { query: '?page=explain&a=ttz3l&lang=es', ready: (p) => p.getByTestId('explain-intro').waitFor() },
  { query: '?page=glossary&lang=de', ready: (p) => p.getByTestId('glossary').waitFor() },
  { query: '?page=teachers&lang=fr', ready: (p) => p.getByTestId('teacher').waitFor() },
  // The class page with a group's result code in its address (the share control's QR link).
  {
    query: '?page=class&a=hzz4l&code=AQVoeno0bAVDdXJpZQAPY3V0PW00bDoxMTU6MTM1QY9wpEG_Cj1AU9cKP7cKPT7rhR8-4UeuylRAKg',
    ready: (p) => p.getByTestId('class-combination').waitFor(),
  },
  { query: '?page=worksheet&a=hww&sheet=hww&key=1&lang=pt', ready: (p) => p.getByTestId('worksheet').waitFor() },
  { query: '?a=nosuchanalysis', ready: (p) => p.getByTestId('load-error').waitFor() },
];

test('every route runs under the meta policy alone with no violation', async () => {
  // No header at all: what GitHub Pages or a USB stick's server sends.
  const server = await startStaticServer(DIST_DIR);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    for (const route of ROUTES) {
      const { page, problems } = await openPageRecordingViolations(context);
      await page.goto(`${server.url}${route.query}`);
      await route.ready(page);
      // The fit panel and guides are built after the first paint: let them come.
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => window.__violations), [], `no violation on ${route.query || 'home'}`);
      const unexpected = problems.filter((p) => !(route.query.includes('nosuch') && /404|Failed to load/.test(p)));
      assert.deepEqual(unexpected, [], `no error on ${route.query || 'home'}`);
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
});

test('a link cannot put its own words on the page', async () => {
  const server = await startStaticServer(DIST_DIR);
  const { page } = await openPage(browser);
  try {
    const words = 'Ask+your+teacher+at+evil.example';
    // Long, but under the test server's 16 KiB header limit (the parser is tested to 64 KiB natively).
    const long = 'x'.repeat(8_000);
    await page.goto(`${server.url}?a=hzz4l&${words}=1&cut=${words}:1:2&hide=${long}&logy=maybe`);
    await waitForEveryPlot(page);
    const notice = await page.getByTestId('link-notice').innerText();
    assert.ok(!/evil|teacher at|xxxx/.test(notice), `the notice echoes nothing of the link: "${notice}"`);
    assert.match(notice, /cut, hide, logy, unknown parameters: 1/);
    assert.ok(notice.length <= 400, `${notice.length} characters`);
  } finally {
    await page.close();
    await server.close();
  }
});

test('a hostile cube gives a plain-language error, not a connection hint or a debug struct', async () => {
  const cube = await readFile(path.join(DIST_DIR, 'assets/cubes/hzz4l.cube'));
  // A valid header and checksum over a payload that announces a 2⁶⁰-byte analysis id.
  const payload = Buffer.from([0xfd, 0, 0, 0, 0, 0, 0, 0, 0x10]);
  const hostile = Buffer.concat([cube.subarray(0, 12), Buffer.alloc(12), payload]);
  hostile.writeBigUInt64LE(BigInt(payload.length), 12);
  hostile.writeUInt32LE(crc32(payload), 20);
  const server = await startStaticServer(DIST_DIR, { '/assets/cubes/hzz4l.cube': { status: 200, body: hostile } });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}?a=hzz4l`);
    const banner = page.getByTestId('load-error');
    await banner.waitFor();
    const text = await banner.innerText();
    assert.match(text, /damaged or was not written by this program: /);
    assert.match(text, /reloading will not help/);
    assert.ok(!/Check your connection|\{|UnexpectedEnd|LimitExceeded/.test(text), text);
  } finally {
    await context.close();
    await server.close();
  }
});

/** CRC-32 (IEEE), as the cube header uses. */
function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (~crc) >>> 0;
}

test('the embedding host script ignores every forged resize message', async () => {
  // Two origins on 127.0.0.1 (two ports): the host page and its frame on A, another site on B.
  const frameBody = '<!doctype html><title>frame</title><p>frame</p>';
  const server = await startStaticServer(DIST_DIR, {
    '/forged-host.html': {
      status: 200,
      body: '<!doctype html><title>host</title>'
        + '<iframe src="/forged-frame.html" data-histanalyser data-testid="framed" style="height:300px"></iframe>'
        + '<iframe src="/forged-frame.html" data-testid="unmarked"></iframe>'
        + '<script src="/embed/host.js"></script>',
    },
    '/forged-frame.html': { status: 200, body: frameBody },
  });
  const other = await startStaticServer(DIST_DIR, { '/elsewhere.html': { status: 200, body: frameBody } });
  const { page, problems } = await openPage(browser);
  try {
    await page.goto(`${server.url}forged-host.html`);
    await page.evaluate(() => {
      window.__resizes = 0;
      const frame = document.querySelector('[data-testid="framed"]');
      new MutationObserver((records) => { window.__resizes += records.length; })
        .observe(frame, { attributes: true, attributeFilter: ['style', 'data-histanalyser-height'] });
    });
    const framed = page.frame({ url: /forged-frame/ });
    const unmarked = page.frames().filter((f) => /forged-frame/.test(f.url()))[1];
    const post = (frame, message) => frame.evaluate((m) => parent.postMessage(m, '*'), message);
    const forged = [
      { type: 'histanalyser:resize', height: Number.NaN },
      { type: 'histanalyser:resize', height: Number.POSITIVE_INFINITY },
      { type: 'histanalyser:resize', height: '900' },
      { type: 'histanalyser:resize', height: { valueOf: 900 } },
      { type: 'histanalyser:resize', height: [900] },
      { type: 'histanalyser:resize' },
      { type: 'other', height: 900 },
      'histanalyser:resize',
      '{"type":"histanalyser:resize","height":900}',
      900,
      null,
      [{ type: 'histanalyser:resize', height: 900 }],
    ];
    for (const message of forged) await post(framed, message);
    // A well-formed message from a frame without data-histanalyser, and from the host itself.
    await post(unmarked, { type: 'histanalyser:resize', height: 900 });
    await page.evaluate(() => window.postMessage({ type: 'histanalyser:resize', height: 900 }, '*'));
    // The marked frame navigates to another origin: same window, wrong origin.
    await framed.evaluate((url) => { location.href = url; }, `${other.url}elsewhere.html`);
    const moved = page.frame({ url: /elsewhere/ }) ?? (await page.waitForEvent('framenavigated', (f) => /elsewhere/.test(f.url())));
    await moved.waitForLoadState();
    await post(moved, { type: 'histanalyser:resize', height: 900 });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__resizes), 0, 'no forged message resized the frame');
    assert.equal(await page.getByTestId('framed').getAttribute('data-histanalyser-height'), null);

    // The control: the same frame back on its own origin, with a well-formed message, resizes it.
    await moved.evaluate((url) => { location.href = url; }, `${server.url}forged-frame.html`);
    const back = await page.waitForEvent('framenavigated', (f) => /forged-frame/.test(f.url()) && f !== unmarked);
    await back.waitForLoadState();
    await post(back, { type: 'histanalyser:resize', height: 900 });
    await page.waitForFunction(() => window.__resizes > 0);
    assert.equal(await page.getByTestId('framed').getAttribute('data-histanalyser-height'), '900');
    assert.deepEqual(problems.filter((p) => !/404/.test(p)), [], 'no error but the favicon the bare pages lack');
  } finally {
    await page.close();
    await server.close();
    await other.close();
  }
});
