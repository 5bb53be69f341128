// Slow networks (issue 19): Lighthouse's mobile preset (simulated slow 4G, 4× CPU slowdown, a
// phone-sized screen) on the built dist/, served from 127.0.0.1 with the build's precompressed
// gzip files, for the home page and every bundled analysis, then once more for hzz4l served
// uncompressed (school servers and USB sticks that do not compress). Lighthouse is npm's, at the
// version `cargo xtask bench` installs into LIGHTHOUSE (its own folder, not the e2e packages),
// and drives Debian's Chromium (CHROME_PATH); every page gets a fresh browser and profile.
// Each page is measured RUNS times (default 3) and the median run reported (below).
// Prints a table (performance score, FCP, LCP, TBT, bytes transferred) and the BENCH lines of
// the pages served with gzip (issue 19's targets): lh_perf_min (lowest score × 100), lcp_ms_max
// (highest LCP, ms) and first_view_kib_max (largest page weight, KiB); and of the uncompressed
// run: lh_perf_uncompressed and lcp_ms_uncompressed.
// A page Lighthouse cannot measure is named with the reason; the figures then cover the pages
// it measured and the script exits with status 1. A plain script, not a test.
//
//   LIGHTHOUSE=target/lighthouse/node_modules/.bin/lighthouse DIST_DIR=dist node tests/e2e/bench/lighthouse.mjs

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { REPO_ROOT } from '../support/oracle.mjs';
import { startStaticServer } from '../support/server.mjs';

const DIST_DIR = process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist');
const LIGHTHOUSE = process.env.LIGHTHOUSE ?? path.join(REPO_ROOT, 'target/lighthouse/node_modules/.bin/lighthouse');
const CHROME_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Every analysis the build bundles (its catalog), unless ANALYSES names some (comma-separated).
const ANALYSES = process.env.ANALYSES
  ? process.env.ANALYSES.split(',')
  : JSON.parse(await readFile(path.join(DIST_DIR, 'assets/cubes/catalog.json'), 'utf8')).analyses.map((a) => a.id);
const KIB = 1024;
// Lighthouse's figures for one page move from run to run on these machines (its simulated 4×
// slowdown multiplies every observed task), so each page is measured RUNS times (default 3) and
// the run with the median performance score is the one reported, with the range of scores.
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));

const run = promisify(execFile);

/** One Lighthouse run of `url`; resolves to its figures or rejects with Lighthouse's complaint. */
async function lighthouse(url) {
  const dir = await mkdtemp(path.join(tmpdir(), 'lighthouse-'));
  const report = path.join(dir, 'report.json');
  try {
    await run(
      LIGHTHOUSE,
      [
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${report}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH }, timeout: 300_000, maxBuffer: 64 << 20 },
    );
    const result = JSON.parse(await readFile(report, 'utf8'));
    if (result.runtimeError) throw new Error(`${result.runtimeError.code}: ${result.runtimeError.message}`);
    const audit = (id) => result.audits[id]?.numericValue;
    const score = result.categories.performance.score;
    if (score === null || score === undefined) throw new Error('Lighthouse gave no performance score');
    return {
      performance: Math.round(score * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      bytes: audit('total-byte-weight'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pages = [
  { name: 'home', query: '', gzip: true },
  ...ANALYSES.map((analysis) => ({ name: `?a=${analysis}`, query: `?a=${analysis}`, gzip: true })),
  { name: `?a=${ANALYSES[0]} uncompressed`, query: `?a=${ANALYSES[0]}`, gzip: false },
];
const gzipServer = await startStaticServer(DIST_DIR, {}, { gzip: true });
const plainServer = await startStaticServer(DIST_DIR, {}, { gzip: false });
const rows = [];
const failures = [];
try {
  for (const page of pages) {
    const url = `${page.gzip ? gzipServer.url : plainServer.url}${page.query}`;
    try {
      const runs = [];
      for (let run = 0; run < RUNS; run++) runs.push(await lighthouse(url));
      runs.sort((a, b) => a.performance - b.performance);
      const median = runs[Math.floor((runs.length - 1) / 2)];
      rows.push({ ...page, ...median, range: `${runs[0].performance}–${runs[runs.length - 1].performance}` });
    } catch (error) {
      const reason = (error.stderr || error.message || String(error)).trim().split('\n').slice(-3).join(' ');
      failures.push(`${page.name}: ${reason}`);
    }
  }
} finally {
  await gzipServer.close();
  await plainServer.close();
}

const { stdout: version } = await run(LIGHTHOUSE, ['--version']).catch(() => ({ stdout: '?' }));
console.log(`Lighthouse ${version.trim()}, mobile preset (simulated slow 4G, 4× CPU slowdown), ${CHROME_PATH}, dist served from 127.0.0.1`);
console.log(`each page ${RUNS} time(s): the run with the median performance score, and the scores' range`);
const pad = (value, width) => String(value).padStart(width);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`${'page'.padEnd(24)} ${pad('perf', 5)} ${pad('range', 8)} ${pad('FCP', 8)} ${pad('LCP', 8)} ${pad('TBT', 8)} ${pad('KiB', 8)}`);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(24)} ${pad(row.performance, 5)} ${pad(row.range, 8)} ${pad(seconds(row.fcp), 8)} ${pad(seconds(row.lcp), 8)} ` +
      `${pad(`${Math.round(row.tbt)} ms`, 8)} ${pad((row.bytes / KIB).toFixed(1), 8)}`,
  );
}
for (const failure of failures) console.log(`lighthouse could not measure ${failure}`);

const compressed = rows.filter((row) => row.gzip);
if (compressed.length > 0) {
  console.log(`BENCH lh_perf_min=${Math.min(...compressed.map((row) => row.performance))}`);
  console.log(`BENCH lcp_ms_max=${Math.round(Math.max(...compressed.map((row) => row.lcp)))}`);
  console.log(`BENCH first_view_kib_max=${(Math.max(...compressed.map((row) => row.bytes)) / KIB).toFixed(1)}`);
}
const plain = rows.find((row) => !row.gzip);
if (plain) {
  console.log(`BENCH lh_perf_uncompressed=${plain.performance}`);
  console.log(`BENCH lcp_ms_uncompressed=${Math.round(plain.lcp)}`);
}
if (failures.length > 0) process.exitCode = 1;
