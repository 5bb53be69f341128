// The expected numbers, from histcube's engine run natively outside the browser
// (tests/yield-oracle), never from the page itself.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Runs the oracle on `cube` with extra arguments (`--axis`, `--range LO:HI`) and returns its JSON.
 * YIELD_ORACLE may name a prebuilt binary; otherwise cargo builds and runs it (first run: a
 * few seconds on a warm target directory).
 */
export function askOracle(cube, args = []) {
  const prebuilt = process.env.YIELD_ORACLE;
  const [command, commandArgs] = prebuilt
    ? [prebuilt, [cube, ...args]]
    : ['cargo', ['run', '--quiet', '--locked', '-p', 'yield-oracle', '--', cube, ...args]];
  const run = spawnSync(command, commandArgs, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 15 * 60 * 1000 });
  if (run.status !== 0) {
    throw new Error(`yield-oracle failed (${run.error ?? `exit ${run.status}`}):\n${run.stderr}`);
  }
  return JSON.parse(run.stdout);
}
