// Draws the picture each catalogued analysis shows while it loads, and captures the home page's
// markup, in every language, into assets/first-view/ (tests/e2e/support/first-view.mjs says what
// they are and why). A plain
// script, not a test; `cargo xtask first-views` builds dist/ and runs it:
//
//   DIST_DIR=dist node tests/e2e/docs/first-views.mjs
//
// tests/e2e/first-view.test.mjs fails when a committed file is no longer what the app draws (a
// cube, a label, the catalog or the drawing code changed): run this again and commit them. The
// build writes the home pages into dist/index.html, so this builds once more after them
// (`cargo xtask first-views` does).

import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { launchChromium } from '../support/browser.mjs';
import { captureHome, drawFirstView, FIRST_VIEW_DIR, firstViewFile, homeFile, languages } from '../support/first-view.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');

const catalog = JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8'));
const langs = await languages();
await mkdir(FIRST_VIEW_DIR, { recursive: true });
// Pictures of analyses no longer in the catalog go: every file here is one the pages can ask for.
const wanted = new Set([
  ...catalog.analyses.flatMap(({ id }) => langs.map((lang) => firstViewFile(id, lang))),
  ...langs.map(homeFile),
]);
for (const name of await readdir(FIRST_VIEW_DIR)) {
  const file = path.join(FIRST_VIEW_DIR, name);
  if (!wanted.has(file)) await rm(file);
}
const server = await startStaticServer(DIST_DIR);
const browser = await launchChromium();
try {
  for (const lang of langs) {
    await writeFile(homeFile(lang), await captureHome(browser, server.url, lang));
    console.log(`wrote ${path.relative(REPO_ROOT, homeFile(lang))}`);
  }
  for (const { id } of catalog.analyses) {
    for (const lang of langs) {
      const svg = await drawFirstView(browser, server.url, id, lang);
      await writeFile(firstViewFile(id, lang), svg);
      console.log(`wrote ${path.relative(REPO_ROOT, firstViewFile(id, lang))} (${(svg.length / 1024).toFixed(1)} KiB)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
