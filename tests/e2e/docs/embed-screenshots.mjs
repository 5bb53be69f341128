// docs/embedding.md's pictures: the three frames of the article-style example host page
// (web/embed/article.html, served as embed/article.html) as a reader sees them in a column of
// about 680 px, each after host.js has sized it to its content. A plain script, not a test:
//
//   DIST_DIR=dist node tests/e2e/docs/embed-screenshots.mjs

import path from 'node:path';

import { waitForEveryPlot } from '../support/analyser.mjs';
import { launchChromium } from '../support/browser.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
const OUT_DIR = path.join(REPO_ROOT, 'docs');
/** The frames of article.html, by `data-testid`, and the tallest part of each worth showing. */
const FRAMES = { single: 1000, path: 1100, pair: 700 };

const server = await startStaticServer(DIST_DIR);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 720, height: 1000 } });
  await page.goto(`${server.url}embed/article.html`);
  for (const [id, tallest] of Object.entries(FRAMES)) {
    const frameElement = page.getByTestId(id);
    await frameElement.scrollIntoViewIfNeeded();
    const content = await (await frameElement.elementHandle()).contentFrame();
    await waitForEveryPlot(content);
    // host.js has set the frame's height once it carries the attribute.
    await page.waitForFunction((testid) => document.querySelector(`[data-testid="${testid}"]`).dataset.histanalyserHeight, id);
    await page.waitForTimeout(300);
    // boundingBox is relative to the viewport; a full-page clip is in page coordinates.
    const box = await frameElement.boundingBox();
    box.y += await page.evaluate(() => window.scrollY);
    const file = path.join(OUT_DIR, `embed-${id}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { ...box, height: Math.min(box.height, tallest) } });
    console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
