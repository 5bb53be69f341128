// The picture each bundled analysis shows while it loads (assets/first-view/<id>.<lang>.svg):
// its first plot as the app itself draws it on a phone, saved through that plot's own "SVG"
// download. On a slow network the page paints it within a second or two, long before the
// WebAssembly and the cube have arrived (web/preload.js puts it on the page, the app keeps it
// while the cube downloads: web/src/ui/app.rs, LoadingProgress).
//
// One module for the script that draws the pictures (tests/e2e/docs/first-views.mjs, run by
// `cargo xtask first-views`) and the test that checks the committed ones are what the app draws
// now (tests/e2e/first-view.test.mjs), so the two cannot drift apart.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { waitForEveryPlot } from './analyser.mjs';
import { REPO_ROOT } from './oracle.mjs';

export const FIRST_VIEW_DIR = path.join(REPO_ROOT, 'assets/first-view');

/** Lighthouse's mobile screen (Moto G Power, 412 × 823 CSS pixels): the phone the picture is for. */
export const PHONE = { width: 412, height: 823 };

/** The app's languages: one folder each under i18n/. */
export async function languages() {
  const entries = await readdir(path.join(REPO_ROOT, 'i18n'), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export function firstViewFile(id, lang) {
  return path.join(FIRST_VIEW_DIR, `${id}.${lang}.svg`);
}

/** The home page's markup in `lang`, which the build writes into the page (dist.rs). */
export function homeFile(lang) {
  return path.join(FIRST_VIEW_DIR, `home.${lang}.html`);
}

/**
 * The home page in `lang` as the app at `serverUrl` draws it, as markup for the build to write
 * into the page (crates/xtask/src/dist.rs, prerender_first_view), shown before the app runs:
 * the app's `#app` with the cards, without what only works with the app (the picker of a cube
 * of your own), without the framework's comment markers, and without `data-testid`s, so a test
 * waiting for one finds the app's element, never this copy. The language picker keeps the
 * page's language selected (the app sets the property, which markup does not carry).
 */
export async function captureHome(browser, serverUrl, lang) {
  const page = await browser.newPage({ viewport: PHONE });
  try {
    await page.goto(`${serverUrl}?lang=${lang}`);
    await page.locator('[data-testid="analysis-cards"]').waitFor();
    return await page.evaluate(() => {
      for (const select of document.querySelectorAll('#app select')) {
        for (const option of select.options) option.toggleAttribute('selected', option.value === select.value);
      }
      const app = document.getElementById('app').cloneNode(true);
      for (const element of app.querySelectorAll('.open-cube')) element.remove();
      for (const element of app.querySelectorAll('[data-testid]')) element.removeAttribute('data-testid');
      const comments = document.createTreeWalker(app, NodeFilter.SHOW_COMMENT);
      const markers = [];
      while (comments.nextNode()) markers.push(comments.currentNode);
      for (const marker of markers) marker.remove();
      return `${app.innerHTML.trim()}\n`;
    });
  } finally {
    await page.close();
  }
}

/**
 * The first plot of analysis `id` in language `lang`, as the app at `serverUrl` draws it on a
 * phone: an SVG document that scales to any width (plotters writes pixel sizes; a viewBox is
 * added if it has none, so an <img> of another width scales the drawing instead of cropping it).
 */
export async function drawFirstView(browser, serverUrl, id, lang) {
  const page = await browser.newPage({ viewport: PHONE });
  try {
    await page.goto(`${serverUrl}?a=${encodeURIComponent(id)}&lang=${lang}`);
    await waitForEveryPlot(page);
    const button = page.locator('[data-testid^="download-svg-"]').first();
    const [saved] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return scalable(await readFile(await saved.path(), 'utf8'));
  } finally {
    await page.close();
  }
}

function scalable(svg) {
  const open = svg.match(/<svg\b[^>]*>/);
  if (!open) throw new Error('the plot download is not an SVG document');
  if (/\bviewBox=/.test(open[0])) return svg;
  const width = open[0].match(/\bwidth="(\d+)"/);
  const height = open[0].match(/\bheight="(\d+)"/);
  if (!width || !height) throw new Error(`the plot download's <svg> has no pixel size: ${open[0]}`);
  return svg.replace(open[0], open[0].replace(/^<svg\b/, `<svg viewBox="0 0 ${width[1]} ${height[1]}"`));
}
