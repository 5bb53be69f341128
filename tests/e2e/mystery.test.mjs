// Mystery samples (issue 20): a teacher makes a code with a chosen hidden signal strength on the
// teacher page; the students' link opens the analysis with pseudo-data drawn in the browser with
// that strength, said to be pseudo-data; the fitted μ̂ is compatible with the hidden value; the
// answer link reveals it, and a mistyped code is refused with a clear message. Screenshots of
// the notice (390 and 1280 px, English and Spanish) go to tests/e2e/artifacts/.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { openPage } from './support/browser.mjs';
import { browserAndServer } from './support/session.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { plotRevision, plottedSums, settledAddress, textOf, waitForEveryPlot, waitForRedraw } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');

const session = browserAndServer(DIST_DIR, { artifacts: ARTIFACTS });

/** The teacher page's links for a mystery of `analysis` hiding strength index `strength`. */
async function makeMystery(page, analysis, strength) {
  await page.goto(`${session.server.url}?page=teachers`);
  await page.locator(`[data-testid="mystery-analysis"] option[value="${analysis}"]`).waitFor({ state: 'attached' });
  await page.getByTestId('mystery-analysis').selectOption(analysis);
  await page.getByTestId('mystery-strength').selectOption(String(strength));
  await page.getByTestId('mystery-make').click();
  return {
    students: await page.getByTestId('mystery-student-link').getAttribute('href'),
    answer: await page.getByTestId('mystery-answer-link').getAttribute('href'),
  };
}

/**
 * Whether the fit panel's result is compatible with `hidden`: μ̂ within 3σ (σ the mean of its
 * two errors), or, when μ̂ sits at the lower bound 0 and the panel gives an upper end instead,
 * `hidden` below that end. Also the words, for the message.
 */
async function compatibleWith(page, hidden) {
  await page.locator('[data-testid="fit"][data-state="fitted"][data-pending="false"]').waitFor();
  const number = (text) => Number(text.replace(',', '.').replace('−', '-').replace(/^μ < /, ''));
  const mu = number(await textOf(page, 'fit-mu-hat'));
  if (await page.getByTestId('fit-mu-limit').count()) {
    const upper = number(await textOf(page, 'fit-mu-limit'));
    return { ok: hidden <= upper, words: `μ̂ = ${mu}, μ < ${upper}` };
  }
  const sigma = (number(await textOf(page, 'fit-sigma-up')) + number(await textOf(page, 'fit-sigma-down'))) / 2;
  return { ok: Math.abs(mu - hidden) < 3 * sigma, words: `μ̂ = ${mu} ± ${sigma}` };
}

describe('mystery samples', () => {
  test('each hidden strength gives pseudo-data whose fitted μ̂ agrees with it, and the answer link reveals it', async () => {
    const { page, problems } = await openPage(session.browser);
    const realData = await (async () => {
      await page.goto(`${session.server.url}?a=hzz4l`);
      await waitForEveryPlot(page);
      return (await plottedSums(page, 'm4l')).data;
    })();
    for (const [strength, hidden] of [[0, 0], [1, 1], [2, 2]]) {
      const { students, answer } = await makeMystery(page, 'hzz4l', strength);
      assert.match(students, /[?&]a=hzz4l&mystery=[0-9A-Z]{6}$/);
      await page.goto(students);
      await waitForEveryPlot(page);
      assert.match(await textOf(page, 'mystery'), /pseudo-data/);
      assert.equal(await page.getByTestId('mystery-answer').count(), 0, 'the students do not see the answer');
      assert.match(await textOf(page, 'data-provenance'), /pseudo-data/i, 'the page never calls mystery data recorded');
      assert.notDeepEqual((await plottedSums(page, 'm4l')).data, realData, 'the recorded data are replaced');
      const { ok, words } = await compatibleWith(page, hidden);
      assert.ok(ok, `μ = ${hidden} hidden, ${words}`);
      // A cut keeps the mystery in the address, so a reload is the same sample.
      const revision = await plotRevision(page);
      await page.getByTestId('chip-channel-4mu').click();
      await waitForRedraw(page, revision);
      const address = await settledAddress(page);
      assert.match(address.search, /channel/);
      assert.match(address.search, /mystery=[0-9A-Z]{6}/);

      await page.goto(answer);
      await waitForEveryPlot(page);
      assert.match(await textOf(page, 'mystery-answer'), new RegExp(`μ = ${hidden}`));
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a mistyped code is refused by name, and no data are shown as the mystery', async () => {
    const { page } = await openPage(session.browser);
    const { students } = await makeMystery(page, 'hzz4l', 1);
    const code = new URL(students).searchParams.get('mystery');
    const typo = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A');
    await page.goto(`${session.server.url}?a=hzz4l&mystery=${typo}`);
    const error = page.getByTestId('load-error');
    await error.waitFor();
    assert.match(await error.textContent(), /mistyped/);
    assert.equal(await page.locator('[data-testid^="plot-"]').count(), 0);
    await page.goto(`${session.server.url}?a=hzz4l&mystery=ABC`);
    await error.waitFor();
    assert.match(await error.textContent(), /6 letters/);
    await page.close();
  });

  test('screenshots of the mystery notice and the teacher maker', async () => {
    const { page } = await openPage(session.browser);
    const { answer } = await makeMystery(page, 'hzz4l', 2);
    for (const lang of ['en', 'es']) {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${answer}&lang=${lang}`);
        await page.getByTestId('mystery').waitFor();
        await page.getByTestId('mystery').screenshot({ path: path.join(ARTIFACTS, `mystery-${lang}-${width}.png`) });
        await page.goto(`${session.server.url}?page=teachers&lang=${lang}`);
        await page.locator('[data-testid="mystery-analysis"] option').first().waitFor({ state: 'attached' });
        await page.getByTestId('mystery-make').click();
        await page.getByTestId('mystery-maker').screenshot({ path: path.join(ARTIFACTS, `mystery-maker-${lang}-${width}.png`) });
      }
    }
    await page.close();
  });
});
