// (b) reload mid-flow resumes on the same step with the answers kept; (c) the back button
// returns to the previous step; (d) "delete my answers" empties localStorage; (e) corrupt or
// unreadable storage never gives a blank page.
import { test, expect, arrive, checkPage, goTo, hash, open, savedState, STORAGE_KEY } from '../lib/fixtures.mjs';
import { answerPage, byId, cliReport, continueOn, example, expectResultsMatch, fillSurvivorsExample } from '../lib/flows.mjs';

test.use({ locale: 'pt-PT', viewport: { width: 360, height: 740 } });

const until = (target) => (h) => h === target;

test('reload mid-flow resumes on the same step, answers kept', async ({ page, lang }, testInfo) => {
  await open(page, '#/');
  await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/scheme') });
  // Type the answers of this step but do not press Continue: they must survive the reload too.
  await answerPage(page, example(), { lang });
  const typed = await page.locator(byId('deceased.reference_pension')).inputValue();
  expect(typed).not.toBe('');
  const before = await savedState(page);

  await page.reload();
  await arrive(page);
  expect(await hash(page), 'same step after reload').toBe('#/survivors/scheme');
  await expect(page.locator(byId('deceased.reference_pension')), 'typed answer kept').toHaveValue(typed);
  expect((await savedState(page)).survivors, 'saved answers kept').toEqual(before.survivors);
  await checkPage(page, testInfo, { lang, name: 'reload-resumed-scheme' });

  // An earlier answer is still there too, in its three boxes.
  await goTo(page, '#/survivors/death-date');
  const [y, m, d] = example().death_date.split('-');
  await expect(page.locator(byId('death_date'))).toHaveValue(String(Number(d)));
  await expect(page.locator(byId('death_date--month'))).toHaveValue(String(Number(m)));
  await expect(page.locator(byId('death_date--year'))).toHaveValue(y);
  await goTo(page, '#/survivors/scheme');

  // And the flow can be finished from here, with the CLI's amounts at the end.
  const { idMap } = await fillSurvivorsExample(page, { lang });
  await expectResultsMatch(page, cliReport(), { lang, idMap });
});

test('home offers to continue where you left off after a reload', async ({ page, lang }, testInfo) => {
  await open(page, '#/');
  await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/scheme') });
  await goTo(page, '#/');
  await page.reload();
  await arrive(page);
  // ASSUMPTION (not in the shared conventions): the offer is #resume with #resume-continue.
  await expect(page.locator('#resume')).toBeVisible();
  await checkPage(page, testInfo, { lang, name: 'home-resume' });
  await page.locator('#resume-continue').click();
  await arrive(page, { from: '#/' });
  expect(await hash(page)).toBe('#/survivors/scheme');
});

test('the back button returns to the previous step', async ({ page, lang }) => {
  await open(page, '#/');
  const { visited } = await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/people') });
  // visited: #/, #/survivors, death-date, scheme, people
  const steps = visited.slice(1);
  for (let i = steps.length - 1; i > 0; i--) {
    const from = await hash(page);
    await page.goBack();
    await arrive(page, { from });
    expect(await hash(page), `back from ${steps[i]}`).toBe(steps[i - 1]);
  }
  // Answers shown again on the way back.
  await page.goForward();
  await arrive(page, { from: '#/survivors' });
  expect(await hash(page)).toBe('#/survivors/death-date');
  await expect(page.locator(byId('death_date--year'))).toHaveValue(example().death_date.slice(0, 4));
  await page.goForward();
  await arrive(page, { from: '#/survivors/death-date' });
  expect(await hash(page)).toBe('#/survivors/scheme');
  await expect(page.locator(byId(`deceased.scheme--${example().deceased.scheme}`))).toBeChecked();
  // Continue from a step reached with "back" goes forward again.
  await continueOn(page);
  expect(await hash(page)).toBe('#/survivors/people');
});

test('"delete my answers" empties localStorage', async ({ page, context, lang }, testInfo) => {
  await open(page, '#/');
  await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/people') });
  expect(await savedState(page), 'answers were saved').not.toBeNull();

  // Asked first ("Yes, delete"), then confirmed on the home page (results.spec.mjs has more).
  await page.locator('#delete-answers').click();
  await arrive(page, { from: '#/survivors/people' });
  await page.locator('#delete-confirm').click();
  await expect.poll(() => hash(page)).toBe('#/');
  await expect(page.locator('#done-notice')).toBeVisible();
  const keys = () => page.evaluate(() => Object.keys(localStorage));
  await expect.poll(keys, { message: 'localStorage is empty' }).toEqual([]);
  // Let any pending save run: nothing may be written again until a new answer.
  await page.waitForTimeout(500);
  expect(await keys(), 'localStorage is still empty').toEqual([]);
  await page.locator('h1').waitFor();
  expect(await context.cookies(), 'no cookies at all').toEqual([]);
  await checkPage(page, testInfo, { lang, name: 'after-delete' });

  // After a reload nothing comes back.
  await page.reload();
  await arrive(page);
  await expect(page.locator('#resume'), 'no "continue where you left off"').toHaveCount(0);
  await goTo(page, '#/survivors/death-date');
  await expect(page.locator(byId('death_date'))).toHaveValue('');
  expect((await page.evaluate(() => Object.keys(localStorage))).filter((k) => k !== STORAGE_KEY)).toEqual([]);
});

/** Puts `value` under the app's key before the app's first load (once, not on later loads). */
async function seedStorage(page, value) {
  await page.addInitScript(
    ([key, v]) => {
      if (!sessionStorage.getItem('e2e-seeded')) {
        sessionStorage.setItem('e2e-seeded', '1');
        localStorage.setItem(key, v);
      }
    },
    [STORAGE_KEY, value],
  );
}

test('corrupt storage shows #storage-notice and a working page', async ({ page, lang }, testInfo) => {
  await seedStorage(page, '{broken');
  // The landing page has no program; the tool's page reads the answers and says what happened.
  await open(page, '#/survivors');
  await expect(page.locator('#storage-notice')).toBeVisible();
  await expect(page.locator('h1')).toBeVisible();
  await checkPage(page, testInfo, { lang, name: 'storage-notice' });
  // It works: answer two steps and they are saved as valid state.
  await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/scheme') });
  const s = await savedState(page);
  expect(s.version).toBe(1);
  expect(s.survivors.death_date).toBe(example().death_date);
});

for (const [what, value] of [
  ['an unknown version', JSON.stringify({ version: 99, survivors: { death_date: '2025-03-14' } })],
  ['the wrong shape', JSON.stringify({ version: 1, survivors: [1, 2], niss: 'x' })],
  ['a JSON string', '"amparo"'],
]) {
  test(`storage with ${what} starts afresh with a notice`, async ({ page, lang }) => {
    await seedStorage(page, value);
    await open(page, '#/survivors/death-date');
    await expect(page.locator('#storage-notice')).toBeVisible();
    await expect(page.locator(byId('death_date'))).toBeVisible();
    await continueOn(page, { expectError: true }); // empty answer: the error summary, not a crash
    await expect(page.locator('#error-summary')).toBeVisible();
  });
}

test('storage that refuses writes: the app still works and says nothing will be kept', async ({ page, lang }, testInfo) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page, '#/survivors');
  // ASSUMPTION (not in the shared conventions): the notice is #storage-off.
  await expect(page.locator('#storage-off')).toBeVisible();
  await checkPage(page, testInfo, { lang, name: 'storage-off' });
  const { idMap } = await fillSurvivorsExample(page, { lang });
  await expectResultsMatch(page, cliReport(), { lang, idMap });
});
