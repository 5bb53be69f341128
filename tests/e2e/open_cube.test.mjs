// "Open your own cube" on the home page: a cube file chosen with the picker
// (data-testid="open-cube") or dropped on the page is read in the browser, never fetched, and
// opens like a bundled analysis, with exactly the plots and yields histcube's engine computes
// natively (tests/yield-oracle), under an address that names the local file; a damaged, cut
// short or wrong file gives the alert banner in the page's language and leaves the page usable;
// an address naming a local file that the page does not have says a link cannot carry it.
// Also screenshots of the home page with the picker at phone and laptop widths in English and
// Spanish (artifacts/open-cube-*.png).
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser. YIELD_ORACLE: optional
// prebuilt tests/yield-oracle binary.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { launchChromium, openPage } from './support/browser.mjs';
import { askOracle, REPO_ROOT, runPreprocess } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';
import { expectPlots, expectYields, settledAddress, textOf, waitForPlots } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const CUBES_DIR = path.join(DIST_DIR, 'assets/cubes');
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
const ROOT_SAMPLE = path.join(REPO_ROOT, 'crates/ntuple-writer/tests/data/simulated/mc_345060.ggH125_ZZ4lep.4lep.root');
const catalog = JSON.parse(await readFile(path.join(CUBES_DIR, 'catalog.json'), 'utf8'));
const entry = catalog.analyses.find((a) => a.id === 'hzz4l') ?? catalog.analyses[0];

let browser;
let server;
let scratch;
/** The bundled cube under a name of the student's own, outside what the server serves. */
let ownCube;
before(async () => {
  browser = await launchChromium();
  server = await startStaticServer(DIST_DIR);
  await mkdir(ARTIFACTS, { recursive: true });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'open-cube-'));
  ownCube = path.join(scratch, `my own ${entry.id}.cube`);
  await copyFile(path.join(CUBES_DIR, entry.file), ownCube);
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The home page, waiting for the cards and the picker. */
async function home(query = '') {
  const { page, problems } = await openPage(browser);
  const cubesRequested = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.cube')) cubesRequested.push(request.url());
  });
  await page.goto(`${server.url}${query}`);
  await page.getByTestId('analysis-cards').waitFor();
  await page.getByTestId('open-cube').waitFor({ state: 'attached' });
  return { page, problems, cubesRequested };
}

/** The bundled cube's bytes with `change` applied, as a file the picker can be given. */
async function brokenFile(name, change) {
  const bytes = Buffer.from(await readFile(path.join(CUBES_DIR, entry.file)));
  return { name, mimeType: 'application/octet-stream', buffer: change(bytes) };
}

describe('opening a cube file from the computer', () => {
  test("the guide's Z-mass example, downloaded from the teacher page and built with preprocess, opens and draws", async () => {
    // docs/own-analysis.md as a teacher follows it: the file from the teacher page, the build
    // command (here on the committed small 2lep samples, with pseudo-data), the picker.
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}?page=teachers`);
    const link = page.getByTestId('teacher-own-example');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'zmass.toml');
    const analysisFile = path.join(scratch, 'zmass.toml');
    await download.saveAs(analysisFile);
    assert.equal(await readFile(analysisFile, 'utf8'), await readFile(path.join(REPO_ROOT, 'analyses/examples/zmass.toml'), 'utf8'));

    const samples = path.join(REPO_ROOT, 'crates/ntuple-writer/tests/data/simulated');
    const cube = path.join(scratch, 'zmass.cube');
    const inputs = ['mc_361106.Zee.2lep.root', 'mc_361107.Zmumu.2lep.root', 'mc_410000.ttbar_lep.2lep.root'];
    const build = runPreprocess(['build', analysisFile, ...inputs.map((f) => path.join(samples, f)), '--data-kind', 'pseudo', '-o', cube]);
    assert.equal(build.status, 0, build.stderr);

    const uncut = askOracle(cube);
    await page.goto(server.url);
    await page.getByTestId('open-cube').setInputFiles(cube);
    await waitForPlots(page, uncut.histograms.map((h) => h.id));
    await expectPlots(page, uncut, 'of the Z-mass cube');
    await expectYields(page, uncut, 'of the Z-mass cube');
    assert.deepEqual(uncut.histograms.map((h) => h.id), ['mll', 'channel', 'lead_lep_pt', 'njets']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a cube chosen with the picker is read locally and draws the engine\'s plots and yields under a local address', async () => {
    const uncut = askOracle(ownCube);
    const { page, problems, cubesRequested } = await home();
    assert.equal(await page.locator('label:has([data-testid="open-cube"])').innerText(), 'Choose a .cube file');
    await page.getByTestId('open-cube').setInputFiles(ownCube);
    await waitForPlots(page, uncut.histograms.map((h) => h.id));
    await expectPlots(page, uncut, 'of the opened file');
    await expectYields(page, uncut, 'of the opened file');
    assert.deepEqual(cubesRequested, [], 'the file is read from the computer, not downloaded');

    const notice = await textOf(page, 'local-file-notice');
    assert.match(notice, new RegExp(`my own ${entry.id}\\.cube`));
    assert.match(notice, /a link to this page cannot carry it/);
    const address = await settledAddress(page);
    assert.equal(address.searchParams.get('local'), `my own ${entry.id}.cube`, 'the address names the local file');
    assert.equal(address.searchParams.get('a'), null, 'and not a bundled analysis');
    await page.screenshot({ path: path.join(ARTIFACTS, 'open-cube-opened.png'), fullPage: true });

    // The view's options follow in the address as for any analysis, after the file's name.
    await page.getByTestId('log-y').check();
    const withLog = await settledAddress(page);
    assert.equal(withLog.searchParams.get('local'), `my own ${entry.id}.cube`);
    assert.equal(withLog.searchParams.get('logy'), '1');

    // To the cards (a new history entry) and the browser's back button: the page still has the file.
    await page.getByTestId('back-home').click();
    await page.getByTestId('analysis-cards').waitFor();
    await page.goBack();
    await waitForPlots(page, uncut.histograms.map((h) => h.id));

    // A reload (like a shared link) cannot bring the file back, and says so.
    await page.reload();
    const missing = await textOf(page, 'local-file-missing');
    assert.match(missing, /A link cannot carry the file itself/);
    assert.equal(await page.locator('canvas').count(), 0);
    await page.getByTestId('open-cube').setInputFiles(ownCube);
    await waitForPlots(page, uncut.histograms.map((h) => h.id));
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('a damaged, a cut-short and a wrong file each give the alert banner, and the page stays usable', async () => {
    const { page, problems } = await home();
    const alert = page.getByTestId('open-cube-error');

    const flipped = await brokenFile('flipped.cube', (bytes) => {
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      return bytes;
    });
    await page.getByTestId('open-cube').setInputFiles(flipped);
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.match(await alert.innerText(), /This file could not be opened\.\s+flipped\.cube is damaged: its contents do not match its checksum/);
    assert.equal(await page.locator('canvas').count(), 0, 'no plot without a cube');
    assert.equal(await page.locator('.card').count(), catalog.analyses.length, 'the cards are still there');

    const truncated = await brokenFile('short.cube', (bytes) => bytes.subarray(0, bytes.length - 100));
    await page.getByTestId('open-cube').setInputFiles(truncated);
    await page.waitForFunction(() => document.querySelector('[data-testid="open-cube-error"]')?.innerText.includes('short.cube'));
    assert.match(await alert.innerText(), /short\.cube is incomplete: it has .* of the .* it should have/);

    await page.getByTestId('open-cube').setInputFiles(ROOT_SAMPLE);
    await page.waitForFunction(() => document.querySelector('[data-testid="open-cube-error"]')?.innerText.includes('ROOT'));
    assert.match(await alert.innerText(), /mc_345060\.ggH125_ZZ4lep\.4lep\.root is a ROOT file, not a cube/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'open-cube-error.png'), fullPage: true });

    // Still usable: a bundled analysis opens from its card, and a good file opens after a bad one.
    await page.getByTestId(`open-${entry.id}`).click();
    await page.locator('[data-testid^="plot-"] canvas[data-state="drawn"]').first().waitFor();
    await page.getByTestId('back-home').click();
    await page.getByTestId('open-cube').setInputFiles(ownCube);
    await page.getByTestId('local-file-notice').waitFor();
    await page.locator('[data-testid^="plot-"] canvas[data-state="drawn"]').first().waitFor();
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('a cube dropped on the page opens it; the drop target shows while a file is dragged over', async () => {
    const uncut = askOracle(ownCube);
    const { page, problems } = await home();
    const base64 = (await readFile(ownCube)).toString('base64');
    const dragOver = await page.evaluateHandle((data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'dropped.cube', { type: 'application/octet-stream' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      return transfer;
    }, base64);
    await page.locator('.open-cube.dragging').waitFor();
    assert.equal(await textOf(page, 'open-cube-drop-hint'), 'Drop the file to open it.');
    const accepted = await page.evaluate((transfer) => {
      const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
      document.querySelector('.cards').dispatchEvent(drop);
      return drop.defaultPrevented;
    }, dragOver);
    assert.ok(accepted, 'the app takes the drop, so the browser does not open the file in place of the page');
    await waitForPlots(page, uncut.histograms.map((h) => h.id));
    await expectYields(page, uncut, 'of the dropped file');
    assert.equal((await settledAddress(page)).searchParams.get('local'), 'dropped.cube');
    assert.deepEqual(problems, [], 'the page logged errors');
    await page.close();
  });

  test('in Spanish the picker and the banner speak Spanish', async () => {
    const { page } = await home('?lang=es');
    assert.equal(await page.locator('label:has([data-testid="open-cube"])').innerText(), 'Elige un archivo .cube');
    await page.getByTestId('open-cube').setInputFiles(await brokenFile('roto.cube', (bytes) => {
      bytes[bytes.length - 1] ^= 0x55;
      return bytes;
    }));
    const alert = page.getByTestId('open-cube-error');
    await alert.waitFor();
    assert.match(await alert.innerText(), /No se pudo abrir este archivo\.\s+roto\.cube está dañado/);
    await page.close();
  });

  test('the home page with the picker at phone and laptop widths, in English and Spanish', async () => {
    for (const lang of ['en', 'es']) {
      for (const width of [390, 1280]) {
        const { page, problems } = await home(lang === 'en' ? '' : `?lang=${lang}`);
        await page.setViewportSize({ width, height: 900 });
        const picker = page.locator('.open-cube-picker');
        const box = await picker.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= width, `the picker fits in ${width} px (${lang})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${lang}): ${overflow} px too wide`);
        await page.getByTestId('open-cube-section').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(ARTIFACTS, `open-cube-${lang}-${width}.png`), fullPage: true });
        assert.deepEqual(problems, [], 'the page logged errors');
        await page.close();
      }
    }
  });
});
