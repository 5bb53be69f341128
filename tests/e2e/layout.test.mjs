// Every panel fits (issue 14, item 4): at 360, 768, 1280 and 1920 CSS pixels and in each of
// the six languages, the home page, each analysis and the explanation, glossary and teacher
// pages show no element wider than its container, no content cut off or scrolled sideways inside
// an element (a table wider than its panel), and no horizontal scroll of the page. German and
// French words are long and Spanish sentences longer than English ones: what fits in English
// need not fit in them.
//
// Scroll containers that exist to scroll sideways (the plots' table alternatives) and the fixed
// summary bar of narrow screens (positioned on the screen, not in its container) are left out.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchChromium } from './support/browser.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { startStaticServer } from './support/server.mjs';
import { waitForEveryPlot } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const LANGUAGES = ['en', 'es', 'fr', 'pt', 'it', 'de'];
const WIDTHS = [360, 768, 1280, 1920];
const PAGES = [
  { name: 'home', query: '', ready: '[data-testid="analysis-cards"]' },
  { name: 'hzz4l', query: 'a=hzz4l', plots: true },
  // A real four-lepton candidate open in the event display (tests/e2e/events.test.mjs).
  { name: 'hzz4l event', query: 'a=hzz4l&event=301973:326654624', plots: true, ready: '[data-testid="event-display"][data-state="drawn"]' },
  { name: 'hww', query: 'a=hww', plots: true },
  { name: 'ttz', query: 'a=ttz', plots: true },
  { name: 'ttz3l', query: 'a=ttz3l', plots: true },
  { name: 'explain', query: 'page=explain&a=hzz4l', ready: 'main h1' },
  // The three-lepton tt̄Z explanation: the page's longest texts, around its diagram.
  { name: 'explain ttz3l', query: 'page=explain&a=ttz3l', ready: '[data-testid="explain-intro"] img' },
  { name: 'glossary', query: 'page=glossary', ready: '[data-testid="glossary"]' },
  { name: 'teachers', query: 'page=teachers', ready: '[data-testid="teacher-worksheets"]' },
  { name: 'worksheet', query: 'page=worksheet&a=hww&sheet=hww', ready: '[data-testid="worksheet"]' },
  { name: 'answer key', query: 'page=worksheet&a=ttz&sheet=ttz&key=1', ready: '[data-testid="worksheet"]' },
  { name: 'ttz3l answer key', query: 'page=worksheet&a=ttz3l&sheet=ttz3l&key=1', ready: '[data-testid="worksheet"]' },
  // Two groups' result codes (made by "Share our result" on the four-lepton analysis; the class
  // page checks their form, not the cube) and one mistyped, so the table, the spread and a
  // refusal are all laid out (tests/e2e/class.test.mjs makes its own).
  {
    name: 'class',
    query: [
      'page=class&a=hzz4l',
      'code=AQVoeno0bAVDdXJpZQAPY3V0PW00bDoxMTU6MTM1QY9wpEG_Cj1AU9cKP7cKPT7rhR8-4UeuylRAKg',
      'code=AQVoeno0bAdOb2V0aGVyAB5jdXQ9bTRsOjExMDoxNDAmY3V0PW16MTo4MDoxMDBBXCj2Qa-FH0AsKPY_uuFIPxR64T8XCj3PWsFH',
      'code=AQVoeno0bAdOb2V0aGVyAB5jdXQ9bTRsOjExMDoxNDAmY3V0PW16MTo4MDoxMDBBXCj2Qa-FH0AsKPY_uuFIPxR64T8XCj3PWsFh',
    ].join('&'),
    ready: '[data-testid="class-combination"]',
  },
];

let browser;
let server;
before(async () => {
  browser = await launchChromium();
  server = await startStaticServer(DIST_DIR);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Everything on the page that does not fit, described for a failure message. */
function misfits() {
  const found = [];
  const name = (el) => {
    const id = el.dataset?.testid ? `[data-testid=${el.dataset.testid}]` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls} "${(el.innerText ?? '').trim().slice(0, 40)}"`;
  };
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) found.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.table-scroll, .summary-bar, svg')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.display === 'contents') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // Content wider than the element: cut off, scrolled sideways, or sticking out of it.
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && style.display !== 'inline') {
      found.push(`${name(el)}: its content is ${el.scrollWidth} px wide in ${el.clientWidth} px`);
    }
    // An element wider than (or beside) its container; positioned overlays are placed on purpose.
    const parent = el.parentElement;
    if (!parent || style.position === 'absolute' || style.position === 'fixed') continue;
    const outer = parent.getBoundingClientRect();
    if (box.left < outer.left - 1 || box.right > outer.right + 1) {
      found.push(`${name(el)} (${box.left.toFixed(0)}–${box.right.toFixed(0)}) leaves ${name(parent)} (${outer.left.toFixed(0)}–${outer.right.toFixed(0)})`);
    }
  }
  return found;
}

for (const lang of LANGUAGES) {
  test(`every panel fits at ${WIDTHS.join(', ')} px (${lang})`, async () => {
    const page = await browser.newPage({ viewport: { width: WIDTHS[0], height: 900 } });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    try {
      for (const { name, query, ready, plots } of PAGES) {
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
        await page.goto(`${server.url}?${query ? `${query}&` : ''}lang=${lang}`);
        if (plots) {
          await waitForEveryPlot(page);
          // The fit panel and the guide come after the first paint.
          await page.getByTestId('fit').waitFor();
          if (ready) await page.locator(ready).first().waitFor();
        } else {
          await page.locator(ready).first().waitFor();
        }
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const found = await page.evaluate(misfits);
          assert.deepEqual(found, [], `${name} at ${width} px in ${lang}`);
        }
      }
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
