// Class results (issue 20): three groups make different cuts on the four-lepton analysis, each
// reads its result code from the "Share our result" control; the three codes pasted into the
// teacher's class page (?page=class) give each group's numbers as its own page showed them, the
// spread of Z and μ̂, the best selection and the inverse-variance combination of μ̂ that this
// test computes itself from the three groups' μ̂ and σ (σ = mean of the ± errors). A code with
// one character changed is refused with the checksum message; codes arriving in the address
// (the QR code's link) are read too. Also screenshots of the share control and the class page
// (390 and 1280 px, English and Spanish) in tests/e2e/artifacts/ for a person to look at.
//
// DIST_DIR: the built app (default <repo>/dist). CHROMIUM: the browser.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { openPage } from './support/browser.mjs';
import { browserAndServer } from './support/session.mjs';
import { REPO_ROOT } from './support/oracle.mjs';
import { textOf } from './support/analyser.mjs';

const DIST_DIR = path.resolve(process.env.DIST_DIR ?? path.join(REPO_ROOT, 'dist'));
const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');

/** Three groups, three selections. */
const GROUPS = [
  { name: 'Curie', cuts: 'cut=m4l:115:135' },
  { name: 'Noether & co', cuts: 'cut=m4l:110:140&cut=mz1:80:100' },
  { name: 'Group 3', cuts: 'cut=m4l:120:130&cut=mz2:12:' },
];

const session = browserAndServer(DIST_DIR, { artifacts: ARTIFACTS });

/** Waits until the fit panel shows the fit of the current selection. */
async function waitForFit(page) {
  await page.waitForFunction(() => {
    const fit = document.querySelector('[data-testid="fit"]');
    return fit && fit.dataset.state === 'fitted' && fit.dataset.pending === 'false';
  });
}

/** A group's numbers as its analysis page shows them, and its code from the share control. */
async function groupResult(page, group) {
  await page.goto(`${session.server.url}?a=hzz4l&${group.cuts}`);
  await waitForFit(page);
  const number = async (testid) => Number((await textOf(page, testid)).trim());
  const shown = {
    s: await number('yield-signal'),
    b: await number('yield-background'),
    z: await number('z-asimov'),
    mu: await number('fit-mu-hat'),
    up: await number('fit-sigma-up'),
    down: await number('fit-sigma-down'),
  };
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-needs-group').waitFor();
  await page.getByTestId('share-group').fill(group.name);
  const code = await page.getByTestId('share-code').inputValue();
  assert.match(code, /^[A-Za-z0-9_-]{40,160}$/, `${group.name}'s code is short and copyable: ${code}`);
  const link = await page.getByTestId('share-qr').getAttribute('data-link');
  assert.equal(link, `${session.server.url.replace(/\/?$/, '/')}?page=class&a=hzz4l&code=${code}`, 'the QR code links to the class page');
  assert.ok((await page.locator('[data-testid="share-qr"] path').getAttribute('d')).length > 1000, 'a QR code is drawn');
  return { ...group, shown, code };
}

/** The inverse-variance weighted mean of μ̂ and its error, σ the mean of the ± errors. */
function combine(results) {
  let weights = 0;
  let weighted = 0;
  for (const { shown } of results) {
    const sigma = (shown.up + shown.down) / 2;
    weights += 1 / sigma ** 2;
    weighted += shown.mu / sigma ** 2;
  }
  return { mu: weighted / weights, sigma: 1 / Math.sqrt(weights) };
}

/** Every value falls in one bar of the spread `testid`, and the bars count them all. */
async function expectSpread(page, testid, values) {
  const bars = await page.locator(`[data-testid="${testid}-bar"]`).evaluateAll((gs) =>
    gs.map((g) => ({ low: Number(g.dataset.low), high: Number(g.dataset.high), count: Number(g.dataset.count) })),
  );
  assert.ok(bars.length >= 1 && bars.length <= 8, `${testid}: ${bars.length} bars`);
  const expected = bars.map((bar, i) =>
    values.filter((v) => v >= bar.low - 1e-9 && (v < bar.high - 1e-9 || (i === bars.length - 1 && v <= bar.high + 1e-9))).length,
  );
  assert.deepEqual(bars.map((b) => b.count), expected, `${testid}: the bars hold ${values.join(', ')}`);
  assert.equal(expected.reduce((a, b) => a + b, 0), values.length, `${testid}: every group is counted`);
}

describe('class results', () => {
  test('three groups’ codes give the class’s spread, best selection and combination', async () => {
    const { page, problems } = await openPage(session.browser);
    const results = [];
    for (const group of GROUPS) results.push(await groupResult(page, group));
    assert.equal(new Set(results.map((r) => r.shown.z)).size, 3, 'the three selections differ');

    // The teacher page leads to the class page.
    await page.goto(`${session.server.url}?page=teachers`);
    await page.getByTestId('teacher-class-link').click();
    await page.getByTestId('class-empty').waitFor();
    assert.equal(new URL(page.url()).search, '?page=class');
    await page.getByTestId('class-codes').fill(results.map((r) => r.code).join('\n'));
    await page.getByTestId('class-group-3').waitFor();
    assert.equal(await page.locator('[data-testid="class-errors"]').count(), 0, 'no code is refused');

    for (const [i, result] of results.entries()) {
      const row = page.getByTestId(`class-group-${i + 1}`);
      const cells = await row.locator('th, td').allInnerTexts();
      assert.equal(cells[1], result.name, `group ${i + 1}'s name`);
      assert.equal(Number(cells[2]), result.shown.z, `${result.name}'s Z`);
      assert.equal(Number(cells[3]), result.shown.s, `${result.name}'s s`);
      assert.equal(Number(cells[4]), result.shown.b, `${result.name}'s b`);
      const { mu, up, down } = result.shown;
      assert.equal(cells[5], `${mu.toFixed(2)} +${up.toFixed(2)} −${down.toFixed(2)}`, `${result.name}'s μ̂`);
      assert.equal(cells[6], result.cuts.replaceAll('cut=', '').replaceAll('&', ' · '), `${result.name}'s cuts`);
    }

    await expectSpread(page, 'class-spread-z', results.map((r) => r.shown.z));
    await expectSpread(page, 'class-spread-mu', results.map((r) => r.shown.mu));

    const bestIndex = results.reduce((best, r, i) => (r.shown.z > results[best].shown.z ? i : best), 0);
    const best = page.getByTestId('class-best');
    assert.equal(await best.getAttribute('data-number'), String(bestIndex + 1), 'the best selection is the highest Z');
    assert.ok((await best.innerText()).includes(results[bestIndex].name));
    const href = await page.getByTestId('class-best-link').getAttribute('href');
    assert.equal(href, `?a=hzz4l&${results[bestIndex].cuts}`, 'the link opens the best selection');

    const expected = combine(results);
    const combination = page.getByTestId('class-combination');
    const mu = Number(await combination.getAttribute('data-mu'));
    const sigma = Number(await combination.getAttribute('data-sigma'));
    assert.ok(Math.abs(mu - expected.mu) < 1e-9, `combined μ̂: the page ${mu}, this test ${expected.mu}`);
    assert.ok(Math.abs(sigma - expected.sigma) < 1e-9, `combined σ: the page ${sigma}, this test ${expected.sigma}`);
    const text = await combination.innerText();
    assert.ok(text.includes(`μ̂ = ${expected.mu.toFixed(2)} ± ${expected.sigma.toFixed(2)} from 3 groups`), text);
    assert.match(await textOf(page, 'class-why'), /correlated/);

    // The best selection's link opens the analysis with its cuts.
    await page.getByTestId('class-best-link').click();
    await waitForFit(page);
    assert.equal(Number((await textOf(page, 'z-asimov')).trim()), results[bestIndex].shown.z);

    // One changed character: the checksum refuses the code, naming its line.
    const { code } = results[1];
    const at = Math.floor(code.length / 2);
    const tampered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    await page.goto(`${session.server.url}?page=class`);
    await page.getByTestId('class-codes').fill(`${results[0].code}\n${tampered}\n${results[2].code}`);
    const refused = page.getByTestId('class-error-2');
    await refused.waitFor();
    assert.equal(await refused.getAttribute('data-error'), 'checksum');
    assert.match(await refused.innerText(), /^Line 2: The checksum does not match/);
    assert.equal(await page.locator('[data-testid^="class-group-"]').count(), 2, 'the other two are kept');

    // Codes in the address (the QR code's link) fill the field.
    await page.goto(`${session.server.url}?page=class&a=hzz4l&code=${results[0].code}&code=${results[2].code}`);
    await page.getByTestId('class-group-2').waitFor();
    assert.equal(await page.getByTestId('class-codes').inputValue(), `${results[0].code}\n${results[2].code}`);
    await page.goto(`${session.server.url}?page=class&a=hww&code=${results[0].code}`);
    const other = page.getByTestId('class-error-1');
    await other.waitFor();
    assert.equal(await other.getAttribute('data-error'), 'analysis');
    assert.match(await other.innerText(), /“hzz4l”.*“hww”/);

    assert.deepEqual(problems, []);
    await page.close();
  });

  test('screenshots of the share control and the class page, in English and Spanish', async () => {
    const { page, problems } = await openPage(session.browser);
    const codes = [];
    for (const group of GROUPS) codes.push((await groupResult(page, group)).code);
    for (const lang of ['en', 'es']) {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${session.server.url}?a=hzz4l&${GROUPS[0].cuts}&lang=${lang}`);
        await waitForFit(page);
        await page.getByTestId('share-button').click();
        await page.getByTestId('share-group').fill(GROUPS[0].name);
        await page.getByTestId('share-qr').waitFor();
        await page.getByTestId('share').screenshot({ path: path.join(ARTIFACTS, `share-${lang}-${width}.png`) });
        const tampered = `${codes[1].slice(0, 20)}${codes[1][20] === 'A' ? 'B' : 'A'}${codes[1].slice(21)}`;
        await page.goto(`${session.server.url}?page=class&lang=${lang}`);
        await page.getByTestId('class-codes').fill([...codes, tampered].join('\n'));
        await page.getByTestId('class-combination').waitFor();
        await page.screenshot({ path: path.join(ARTIFACTS, `class-${lang}-${width}.png`), fullPage: true });
      }
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
