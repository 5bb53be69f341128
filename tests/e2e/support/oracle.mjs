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

/**
 * Runs the native `preprocess` CLI (crates/preprocessor) with `args` and returns
 * `{ status, stdout, stderr }`. PREPROCESS may name a prebuilt binary; otherwise cargo builds
 * and runs it.
 */
export function runPreprocess(args) {
  const prebuilt = process.env.PREPROCESS;
  const [command, commandArgs] = prebuilt
    ? [prebuilt, args]
    : ['cargo', ['run', '--quiet', '--locked', '-p', 'preprocessor', '--bin', 'preprocess', '--', ...args]];
  const run = spawnSync(command, commandArgs, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 15 * 60 * 1000 });
  if (run.error) throw new Error(`preprocess could not run: ${run.error}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What the app calls each refusal of histcube's fit (web/src/model/fit_view.rs, FitFailure::code). */
const FIT_REFUSALS = [
  [/no signal is expected in the fit range/, 'no-signal'],
  [/data events but no simulated events/, 'data-without-prediction'],
  [/has no data to fit/, 'no-data'],
];

/**
 * The signal-strength fit of `cube` on `axis` under `args` (`--cut AXIS=LO:HI`, `--hide P`,
 * `--asimov`) from `preprocess fit --json`: its JSON (μ̂, σ₋, σ₊, q₀, Z; Z null when infinite),
 * or `{ refused: code }` when the fit is refused, with the app's name for the reason.
 */
export function askFit(cube, axis, args = []) {
  const run = runPreprocess(['fit', cube, '--axis', axis, '--json', '--scan-points', '0', ...args]);
  if (run.status === 0) return JSON.parse(run.stdout);
  const refusal = FIT_REFUSALS.find(([pattern]) => pattern.test(run.stderr));
  if (!refusal) throw new Error(`preprocess fit failed (exit ${run.status}):\n${run.stderr}`);
  return { refused: refusal[1] };
}
