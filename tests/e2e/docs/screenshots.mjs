// The README's screenshots, one per catalogued analysis (docs/screenshot-<id>.png), taken by
// headless Chromium itself (`--screenshot` with `--virtual-time-budget`, so the page has loaded,
// decoded its cube and drawn its plots before the picture, with no test driver in between).
// A plain script, not a test:
//
//   DIST_DIR=dist node tests/e2e/docs/screenshots.mjs

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { CHROMIUM_FLAGS } from '../support/browser.mjs';
import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT_DIR = path.join(REPO_ROOT, 'docs');
// A view worth showing where the analysis has one; otherwise the analysis as it opens.
const VIEWS = {
  hzz4l: 'cut=m4l:110:140',
  hww: 'cut=channel:emu&cut=njets::1',
  ttz3l: 'cut=mz:81.2:101.2&cut=nbjets:1:',
  ttz: 'cut=nbjets:1:',
  // A final state a student might build: opposite-sign eμ with a b-jet, where tt̄ stands alone.
  explorer: 'cut=sign:os&cut=channel:emu&cut=nbjets:1:',
};

const catalog = JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8'));
const server = await startStaticServer(DIST_DIR);
try {
  for (const { id } of catalog.analyses) {
    const query = [`a=${id}`, VIEWS[id]].filter(Boolean).join('&');
    const file = path.join(OUT_DIR, `screenshot-${id}.png`);
    // Asynchronously: the static server answering the browser runs in this very process.
    await promisify(execFile)(CHROMIUM, [
      ...CHROMIUM_FLAGS,
      '--headless',
      '--hide-scrollbars',
      '--window-size=1280,1500',
      '--virtual-time-budget=15000',
      `--screenshot=${file}`,
      `${server.url}?${query}`,
    ], { encoding: 'utf8', timeout: 120_000 });
    console.log(`wrote ${path.relative(REPO_ROOT, file)} (?${query})`);
  }
} finally {
  await server.close();
}
