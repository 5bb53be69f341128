// Worksheets (issue 20): the teacher page lists a worksheet and an answer key for every guided
// path of the bundled analyses, with the ages each suits; the answer key's table is what
// histcube's engine computes natively (tests/yield-oracle) after each cut of the path; the
// students' sheet leaves those cells empty. Every sheet and key, in all six languages, prints
// with Chromium's print to PDF on at most two pages of A4 and of Letter with nothing clipped:
// the PDF is read back (pdf.js) for its page count and for every text of the sheet, and in the
// print layout at A4's width no element of the sheet reaches past its right edge. Also the PDFs
// of the four-lepton sheet and key, and screenshots at 390 and 1280 px, English and Spanish, in
// tests/e2e/artifacts/ for a person to look at.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser. YIELD_ORACLE: optional
// prebuilt tests/yield-oracle binary.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

import { openPage } from './support/browser.mjs';
import { browserAndServer } from './support/session.mjs';
import { askOracle, REPO_ROOT } from './support/oracle.mjs';
import { expectShown } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
const LANGUAGES = ['en', 'es', 'fr', 'pt', 'it', 'de'];
/** The narrower paper's width between the print stylesheet's margins: A4, 210 − 2 × 15 mm, in CSS px. */
const A4_CONTENT_PX = Math.floor(((210 - 30) / 25.4) * 96);

const catalog = JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8'));
const SHEETS = catalog.analyses.flatMap((a) => (a.guided_paths ?? []).map((p) => ({ analysis: a.id, path: p.id })));

const session = browserAndServer(DIST_DIR, { artifacts: ARTIFACTS });

function sheetUrl({ analysis, path: id }, { lang = 'en', key = false } = {}) {
  return `${session.server.url}?page=worksheet&a=${analysis}&sheet=${id}${key ? '&key=1' : ''}&lang=${lang}`;
}

/** Opens a sheet and waits until it is written. */
async function openSheet(page, sheet, options) {
  await page.goto(sheetUrl(sheet, options));
  await page.getByTestId('worksheet').waitFor();
}

/** The page count of a PDF and its text, every run of white space removed. */
async function readPdf(bytes) {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => item.str ?? '').join('');
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: squash(text) };
}

function squash(text) {
  return text.replace(/\s+/g, '');
}

/** Every text of the sheet a reader must find on paper: headings, tasks, answers, table cells. */
function sheetTexts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="worksheet"] :is(h1, h2, p, th, td)')]
      .filter((element) => !element.closest('.worksheet-actions'))
      .map((element) => element.innerText.trim())
      .filter((text) => text.length > 0),
  );
}

/** Elements of the sheet whose right edge passes the sheet's own, in the current layout. */
function overflowing(page) {
  return page.evaluate(() => {
    const sheet = document.querySelector('[data-testid="worksheet"]');
    const right = sheet.getBoundingClientRect().right + 0.5;
    return [...sheet.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > right || element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.innerText?.slice(0, 60)}`);
  });
}

describe('worksheets', () => {
  test('the teacher page lists every guided path with its ages, worksheet and answer key', async () => {
    assert.ok(SHEETS.length >= 4, `the catalog names the bundled guided paths: ${JSON.stringify(SHEETS)}`);
    const { page, problems } = await openPage(session.browser);
    for (const lang of ['en', 'es']) {
      await page.goto(`${session.server.url}?page=teachers&lang=${lang}`);
      const list = page.getByTestId('teacher-worksheets');
      await list.waitFor();
      for (const sheet of SHEETS) {
        const row = list.locator(`tr[data-path="${sheet.path}"]`);
        const ages = (await row.locator('td').first().innerText()).trim();
        assert.match(ages, /1\d/, `${lang}: the ${sheet.path} worksheet says which ages it suits: "${ages}"`);
        assert.equal(
          await row.getByTestId('teacher-worksheet').getAttribute('href'),
          `?page=worksheet&a=${sheet.analysis}&sheet=${sheet.path}&lang=${lang}`,
        );
        assert.equal(
          await row.getByTestId('teacher-worksheet-key').getAttribute('href'),
          `?page=worksheet&a=${sheet.analysis}&sheet=${sheet.path}&key=1&lang=${lang}`,
        );
      }
      if (lang === 'es') {
        assert.equal((await page.locator('#worksheets-heading').innerText()).trim(), 'Hojas de trabajo');
      }
    }
    // A link opens the sheet, and the sheet leads to its key.
    await page.getByTestId('teacher-worksheet').first().click();
    await page.getByTestId('worksheet').waitFor();
    await page.getByTestId('worksheet-other').click();
    await page.locator('[data-testid="worksheet"].answer-key').waitFor();
    assert.deepEqual(problems, []);
  });

  test("the answer key's table is histcube's numbers after each cut of the path; the students' sheet is blank", async () => {
    const cube = path.join(DIST_DIR, 'assets/cubes/hzz4l.cube');
    // The four-lepton path: m₁₂ 48–108, then m₃₄ 12–116, then m₄ℓ 115–135 GeV (analyses/hzz4l.toml).
    const cuts = [[], ['--cut', 'mz1=48:108'], ['--cut', 'mz2=12:116'], ['--cut', 'm4l=115:135']];
    const reports = cuts.map((_, step) => askOracle(cube, cuts.slice(0, step + 1).flat()));
    const { page, problems } = await openPage(session.browser);
    const hzz = { analysis: 'hzz4l', path: 'hzz' };
    await openSheet(page, hzz, { key: true });
    assert.equal(await page.locator('[data-testid="worksheet-table"] tbody tr').count(), reports.length);
    for (const [step, report] of reports.entries()) {
      const where = `row ${step} of the answer key`;
      await expectShown(page, `worksheet-${step}-signal`, report.signal.sumw, `s, ${where}`);
      await expectShown(page, `worksheet-${step}-background`, report.background.sumw, `b, ${where}`);
      await expectShown(page, `worksheet-${step}-data`, report.data.sumw, `data, ${where}`, 0);
      await expectShown(page, `worksheet-${step}-z`, report.z_asimov, `Z, ${where}`);
    }
    const answers = await page.locator('.key-answer').allInnerTexts();
    assert.ok(answers.some((a) => a.includes(`${report3Percent(reports)}%`)), `the last cut's answer gives the signal kept: ${answers.join(' | ')}`);
    assert.ok(
      answers.some((a) => a.includes(`${Math.round(reports[3].data.sumw)} events in the data`)),
      `the excess question is answered from the data: ${answers.join(' | ')}`,
    );

    await openSheet(page, hzz);
    const cells = await page.locator('[data-testid="worksheet-table"] td[data-testid]').allInnerTexts();
    assert.ok(cells.length >= 16 && cells.every((c) => c.trim() === ''), `the students write the numbers in: ${cells}`);
    assert.equal(await page.locator('.key-answer, .key-why').count(), 0, 'no answers on the students\' sheet');
    const address = (await page.getByTestId('worksheet-address').innerText()).trim();
    assert.equal(address, `${session.server.url.replace(/\/?$/, '/')}?a=hzz4l&lang=en`);
    assert.equal(await page.getByTestId('worksheet-qr').getAttribute('data-link'), address, 'the QR code opens the analysis');
    assert.deepEqual(problems, []);
  });

  test('a path the analysis lacks is named, with the worksheets it has', async () => {
    const { page } = await openPage(session.browser);
    await page.goto(`${session.server.url}?page=worksheet&a=hww&sheet=nope`);
    const banner = page.getByTestId('worksheet-no-path');
    await banner.waitFor();
    assert.match(await banner.innerText(), /no guided path “nope”/);
    assert.equal(await banner.locator('a').count(), SHEETS.filter((s) => s.analysis === 'hww').length);
    // No path at all: the choice, without an alert.
    await page.goto(`${session.server.url}?page=worksheet&a=ttz`);
    const choice = page.getByTestId('worksheet-choose');
    await choice.waitFor();
    assert.equal(await choice.locator('a').first().getAttribute('href'), '?page=worksheet&a=ttz&sheet=ttz');
  });

  test('every sheet and key prints on at most two pages of A4 and Letter in six languages, nothing clipped', async () => {
    const { page, problems } = await openPage(session.browser);
    const failures = [];
    for (const sheet of SHEETS) {
      for (const lang of LANGUAGES) {
        for (const key of [false, true]) {
          const what = `${sheet.analysis}/${sheet.path} ${key ? 'key' : 'sheet'} in ${lang}`;
          await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
          await openSheet(page, sheet, { lang, key });
          await page.emulateMedia({ media: 'print' });
          const wide = await overflowing(page);
          if (wide.length) failures.push(`${what}: wider than A4 between the margins: ${wide.slice(0, 3).join('; ')}`);
          const texts = await sheetTexts(page);
          // Printing uses the print rules whatever is emulated, unless the screen is.
          for (const format of ['A4', 'Letter']) {
            const pdf = await page.pdf({ format, printBackground: false });
            const { pages, text } = await readPdf(pdf);
            if (pages > 2) failures.push(`${what}: ${pages} pages of ${format}`);
            const lost = texts.filter((t) => !text.includes(squash(t)));
            if (lost.length) failures.push(`${what} on ${format}: not on paper: ${lost.slice(0, 3).join(' | ')}`);
            if (sheet.path === 'hzz' && format === 'A4' && (lang === 'en' || lang === 'es')) {
              await writeFile(path.join(ARTIFACTS, `worksheet-hzz-${key ? 'key' : 'sheet'}-${lang}.pdf`), pdf);
            }
          }
          await page.emulateMedia({ media: null });
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(problems, []);
  });

  test('screenshots of the four-lepton worksheet, 390 and 1280 px, English and Spanish', async () => {
    const { page } = await openPage(session.browser);
    for (const lang of ['en', 'es']) {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await openSheet(page, { analysis: 'hzz4l', path: 'hzz' }, { lang });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(wide <= 0, `${lang} at ${width} px: the page scrolls sideways by ${wide} px`);
        await page.screenshot({ path: path.join(ARTIFACTS, `worksheet-hzz-${lang}-${width}.png`), fullPage: true });
      }
    }
  });
});

/** The share of the signal the last cut (m₄ℓ 115–135 GeV) keeps, as the key prints it. */
function report3Percent(reports) {
  return ((100 * reports[3].signal.sumw) / reports[2].signal.sumw).toFixed(1);
}
