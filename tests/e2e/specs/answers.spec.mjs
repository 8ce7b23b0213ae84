// Storage (issue 13): "delete my answers" asks first (what will be deleted; this tool only or
// both) and confirms visibly; "remove" a family member asks first (and says when they paid for
// the funeral); the answers saved to a file reopen to the same results; a bad file gives an
// error and changes nothing. Answers are seeded in localStorage (the flow itself is walked by
// survivors.spec.mjs), so each test starts on the page it is about.
import { readFileSync } from 'node:fs';
import { test, expect, arrive, checkPage, hash, open, savedState, STORAGE_KEY } from '../lib/fixtures.mjs';
import { cliReport, expectFocusVisible, expectResultsMatch, nissCase, tabTo } from '../lib/flows.mjs';
import { expectDone, identity, nissForm, rawState, seed, survivorsForm } from '../lib/seeded.mjs';

test.use({ locale: 'pt-PT', viewport: { width: 360, height: 740 } });

/** The element's size on screen. */
const box = async (page, sel) => page.locator(sel).boundingBox();
test('"delete my answers" asks first, and Cancel keeps the answers', async ({ page, lang }, testInfo) => {
  await seed(page, { survivors: survivorsForm() });
  await open(page, '#/survivors/people');
  const before = await rawState(page);

  // Away from the language list, at least 44 px tall.
  const link = page.locator('#delete-answers');
  await expect(link).toBeVisible();
  expect((await box(page, '#delete-answers')).height, '#delete-answers is a 44 px target').toBeGreaterThanOrEqual(44);
  expect(await link.evaluate((a) => !!a.closest('header, #lang-switch')), 'not in the header beside the languages').toBe(false);

  await link.click();
  await arrive(page, { from: '#/survivors/people' });
  expect(await hash(page)).toBe('#/delete/survivors');
  // It says what will be deleted (the answers about benefits, with the three people).
  await expect(page.locator('#delete-what')).toContainText('3');
  await expect(page.locator('#delete-confirm')).toBeVisible();
  expect((await box(page, '#delete-confirm')).height).toBeGreaterThanOrEqual(44);
  expect((await box(page, '#delete-cancel')).height).toBeGreaterThanOrEqual(44);
  await checkPage(page, testInfo, { lang, name: 'delete-confirm', sizes: 'own' });
  expect(await rawState(page), 'nothing is deleted by opening the page').toBe(before);

  await page.locator('#delete-cancel').click();
  await arrive(page, { from: '#/delete/survivors' });
  expect(await hash(page), 'Cancel returns to the page it came from').toBe('#/survivors/people');
  expect((await savedState(page)).survivors, 'the answers are kept').toEqual(JSON.parse(before).survivors);
});

test('"delete my answers" deletes on "Yes, delete" and says so', async ({ page, context, lang }, testInfo) => {
  await seed(page, { lang: 'pt', survivors: survivorsForm() });
  await open(page, '#/survivors/results');
  await page.locator('#delete-answers').click();
  await arrive(page, { from: '#/survivors/results' });
  await page.locator('#delete-confirm').click();
  await expectDone(page, '#/', 'apagadas');
  const keys = () => page.evaluate(() => Object.keys(localStorage));
  await expect.poll(keys, { message: 'localStorage is empty' }).toEqual([]);
  await page.waitForTimeout(300);
  expect(await keys(), 'nothing is written back').toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await checkPage(page, testInfo, { lang, name: 'delete-done', sizes: 'own' });
  // Moving on hides it.
  await page.locator('#tool-survivors').click();
  await arrive(page, { from: '#/' });
  await expect(page.locator('#done-notice')).toBeEmpty();
});

test('"delete my answers" with the keyboard only: Tab, Enter, Tab, Enter', async ({ page, lang }) => {
  await seed(page, { survivors: survivorsForm() });
  await open(page, '#/survivors/people');
  await tabTo(page, '#delete-answers', 120);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await arrive(page, { from: '#/survivors/people' });
  await tabTo(page, '#delete-confirm');
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expectDone(page, '#/');
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('with answers in both tools: this tool only, or both; from home the person must choose', async ({ page, lang }, testInfo) => {
  await seed(page, { survivors: survivorsForm(), niss: nissForm(), ticks: ['passport'] });
  await open(page, '#/niss/name');
  await page.locator('#delete-answers').click();
  await arrive(page, { from: '#/niss/name' });
  expect(await hash(page)).toBe('#/delete/niss');
  await expect(page.locator('#delete-scope--niss'), 'this tool only, already chosen').toBeChecked();
  await expect(page.locator('#delete-scope--all')).not.toBeChecked();
  await checkPage(page, testInfo, { lang, name: 'delete-choice', sizes: 'own' });
  await page.locator('#delete-confirm').click();
  await expectDone(page, '#/', 'NISS');
  const s = await savedState(page);
  expect(s.niss, 'the NISS answers are deleted').toEqual({});
  expect(s.ticks).toEqual([]);
  expect(s.survivors, 'the survivors’ answers are kept').toEqual(survivorsForm());

  // From home, with both tools answered again: nothing is chosen for the person.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify({ ...s, niss: nissForm() })]);
  await page.reload();
  await arrive(page);
  await page.locator('#delete-answers').click();
  await arrive(page, { from: '#/' });
  expect(await hash(page)).toBe('#/delete');
  await page.locator('#delete-confirm').click();
  await expect(page.locator('#error-summary'), 'asked to choose first').toBeVisible();
  await expect(page.locator('#error-summary a[href="#delete-scope--survivors"]')).toHaveCount(1);
  expect((await savedState(page)).niss, 'nothing deleted').toEqual(nissForm());
  await page.locator('#delete-scope--all').check();
  await page.locator('#delete-confirm').click();
  await expectDone(page, '#/');
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('"remove" asks first, names the funeral payer, and says who was removed', async ({ page, lang }, testInfo) => {
  await seed(page, { survivors: survivorsForm() });
  await open(page, '#/survivors/people');
  const people = async () => (await savedState(page)).survivors.people.map((p) => p.id);
  expect(await people()).toEqual(['ana', 'rui', 'eva']);

  // Ana paid for the funeral: the question says so. Cancel keeps her, focus back on the button.
  await page.locator('#remove-0').click();
  const question = page.locator('[id="remove-0-question"]');
  await expect(question).toContainText('Ana');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('remove-0-question');
  await expect(page.locator('.confirm-remove')).toContainText('pagou o funeral');
  await checkPage(page, testInfo, { lang, name: 'remove-question', sizes: 'own' });
  await page.locator('#remove-cancel').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('remove-0');
  expect(await people(), 'Cancel keeps everyone').toEqual(['ana', 'rui', 'eva']);

  // With the keyboard: Enter on Remove, then on "Yes, remove".
  await page.locator('#remove-0').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('remove-0-question');
  await page.locator('#remove-confirm').focus();
  await page.keyboard.press('Enter');
  await expectDone(page, '#/survivors/people', 'Ana');
  expect(await people()).toEqual(['rui', 'eva']);
  expect((await savedState(page)).survivors.funeral.paid_by, 'who paid is asked again').toBeUndefined();
  await expect(page.locator('#done-link')).toHaveAttribute('href', '#/survivors/funeral');
  await checkPage(page, testInfo, { lang, name: 'remove-done', sizes: 'own' });

  // Someone who did not pay: no word about the funeral.
  await page.locator('#remove-1').click();
  await expect(page.locator('.confirm-remove')).not.toContainText('pagou o funeral');
});

test('a saved answers file reopens to the same results', async ({ page, lang }, testInfo) => {
  await seed(page, { survivors: survivorsForm(), niss: nissForm() });
  await open(page, '#/survivors/results');
  await expectResultsMatch(page, cliReport(), { lang, idMap: identity });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-answers-survivors').click()]);
  expect(download.suggestedFilename()).toMatch(/^amparo-respostas-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const envelope = JSON.parse(readFileSync(file, 'utf8'));
  expect(envelope).toMatchObject({ app: 'amparo', version: 1, tool: 'survivors', answers: survivorsForm() });
  expect(envelope.saved_on).toBe(download.suggestedFilename().slice(17, 27));
  await expect(page.locator('.save-answers [role=status]')).toContainText(download.suggestedFilename());

  // Another device: nothing stored. The file opens "check your answers", then the same results.
  await page.evaluate(() => localStorage.clear());
  // From a tool's page to the landing page: the loader leaves the program (a page load).
  await page.goto('/#/');
  await page.locator('#landing').waitFor();
  await page.reload();
  await arrive(page);
  expect((await savedState(page))?.survivors ?? {}).toEqual({});
  const name = download.suggestedFilename();
  // Picked on the landing page (plain HTML): the survivors' program opens it.
  await page.locator('#open-answers').setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(file) });
  await expectDone(page, '#/survivors/check', download.suggestedFilename());
  await checkPage(page, testInfo, { lang, name: 'file-opened', sizes: 'own' });
  expect((await savedState(page)).survivors).toEqual(survivorsForm());
  await page.locator('#continue').click();
  await arrive(page, { from: '#/survivors/check' });
  expect(await hash(page)).toBe('#/survivors/results');
  await expectResultsMatch(page, cliReport(), { lang, idMap: identity });
});

test('the NISS answers too: saved from the pack, reopened on their "check your answers"', async ({ page, lang }, testInfo) => {
  const answers = nissCase().answers;
  await seed(page, { niss: answers, survivors: survivorsForm() });
  await open(page, '#/niss/pack');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-answers-niss').click()]);
  const buffer = readFileSync(await download.path());
  expect(JSON.parse(buffer.toString('utf8'))).toMatchObject({ app: 'amparo', version: 1, tool: 'niss', answers });
  // Opened on the home page of a device with other NISS answers: those are replaced, the
  // survivors' answers stay.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify({ version: 1, niss: { name: 'Other' }, survivors: survivorsForm() })]);
  // From a tool's page to the landing page: the loader leaves the program (a page load).
  await page.goto('/#/');
  await page.locator('#landing').waitFor();
  await page.reload();
  await arrive(page);
  // Read by the survivors' program; the NISS answers' page is the other program's: a new page
  // load, and the confirmation goes with it.
  await page.locator('#open-answers').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer });
  await expectDone(page, '#/niss/check');
  const s = await savedState(page);
  expect(s.niss).toEqual(answers);
  expect(s.survivors).toEqual(survivorsForm());
  await checkPage(page, testInfo, { lang, name: 'niss-file-opened', sizes: 'own' });
});

test('a bad answers file gives an error naming what is wrong, and changes nothing', async ({ page, lang }, testInfo) => {
  await seed(page, { survivors: survivorsForm() });
  await open(page, '#/open');
  const before = await rawState(page);
  const pick = (name, text) => page.locator('#open-answers').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const error = page.locator('[id="open-answers--error"]');

  await pick('notes.json', 'not json at all');
  await expect(error).toContainText('Amparo');
  const bad = { app: 'amparo', version: 1, saved_on: '2026-12-03', tool: 'survivors', answers: { death_date: '2024-01-01', people: [{ id: 'x' }, 'Ana'] } };
  await pick('amparo-respostas-2026-12-03.json', JSON.stringify(bad));
  await expect(error, 'the part of the file that cannot be read').toContainText('answers.people[1]');
  await expect(page.locator('#open-answers')).toHaveAttribute('aria-describedby', /open-answers--error/);
  await pick('newer.json', JSON.stringify({ ...bad, version: 7, answers: {} }));
  await expect(error).toContainText(lang === 'pt' ? 'mais recente' : 'newer');
  await checkPage(page, testInfo, { lang, name: 'file-error', sizes: 'own' });
  expect(await hash(page), 'still on the same page').toBe('#/open');
  expect(await rawState(page), 'the saved answers are unchanged, byte for byte').toBe(before);

  // Picked on the landing page: the error shows on the file's own page, nothing changes.
  // A new load of the page (a URL with no #: not a move within the page).
  await page.goto('/');
  await arrive(page);
  await page.locator('#open-answers').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(error).toContainText('Amparo');
  expect(await hash(page)).toBe('#/open');
  expect(await rawState(page), 'unchanged').toBe(before);
  // Too large: refused before it is read.
  // A new load of the page (a URL with no #: not a move within the page).
  await page.goto('/');
  await arrive(page);
  await page.locator('#open-answers').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, 32) });
  await expect(error).toContainText(/1\s?024/);
  expect(await rawState(page), 'unchanged').toBe(before);
});

