// Hostile and careless input (issue 11): a URL cannot write the form (a huge person index, a
// `more/` path that is not a follow-up question, unknown NISS steps: the not-found page, and
// localStorage byte for byte as it was); a state saved by a newer version is kept; two tabs keep
// one set of answers and "delete my answers" in one is not undone by the other; a huge amount is
// a field error; "1.500,00" is read as 1 500 €.
//
// The last two depend on the money input of the same issue (the `too_large` field error and the
// Portuguese money forms); they pass once that work is merged.
import { writeFileSync } from 'node:fs';
import { test, expect, arrive, checkPage, goTo, hash, open, savedState, STORAGE_KEY } from '../lib/fixtures.mjs';
import { answerPage, byId, continueOn, example, expectResultsMatch, fillDate, fillNissExample, fillSurvivorsExample } from '../lib/flows.mjs';
import { runCli } from '../lib/paths.mjs';
import { expectDone, rawState } from '../lib/seeded.mjs';

test.use({ locale: 'pt-PT', viewport: { width: 360, height: 740 } });

const until = (target) => (h) => h === target;

/** Goes to `h` and expects the not-found page, with nothing written to storage. */
async function expectNotFound(page, h) {
  const before = await rawState(page);
  await goTo(page, h);
  await expect(page.locator('main a[href="#/"]'), `${h}: the not-found page's way home`).toBeVisible();
  await expect(page.locator('main input'), `${h}: no field to answer`).toHaveCount(0);
  // Let any pending save run.
  await page.waitForTimeout(100);
  expect(await rawState(page), `${h}: nothing written`).toBe(before);
}

test('a huge or unknown person index is not found and writes nothing', async ({ page, lang }, testInfo) => {
  await open(page, '#/');
  await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/people') });
  expect(await rawState(page)).not.toBeNull();
  for (const n of ['99999999999999999999999999', '18446744073709551615', '4294967296', '3', '-1', '1e9']) {
    await expectNotFound(page, `#/survivors/person/${n}`);
  }
  await checkPage(page, testInfo, { lang, name: 'not-found-person' });
  // Opened as a fresh page load too (an embedding page sets the widget's URL): no crash.
  const before = await rawState(page);
  await open(page, '#/survivors/person/99999999999999999999999999');
  await expect(page.locator('main a[href="#/"]')).toBeVisible();
  await page.waitForTimeout(100);
  expect(await rawState(page)).toBe(before);
  // The people that exist are still pages.
  await goTo(page, '#/survivors/people');
  await page.locator('#add-person').click();
  await arrive(page, { from: '#/survivors/people' });
  expect(await hash(page)).toBe('#/survivors/person/0');
  await expect(page.locator(byId('people[0].relation--spouse'))).toBeVisible();
});

test('a more/ path that is not a follow-up question is not found and writes nothing', async ({ page, lang }, testInfo) => {
  await open(page, '#/');
  await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/check') });
  const s = await savedState(page);
  expect(s.survivors.people.length, 'the family is there').toBe(example().people.length);
  for (const p of ['people', 'people[0]', 'deceased', 'people[0].id', 'people[0].relation', 'death_date', 'ui_funeral_none',
    'people[99999999].disabled', 'people[0].marriage_date/x', 'nope']) {
    await expectNotFound(page, `#/survivors/more/${p}`);
  }
  await checkPage(page, testInfo, { lang, name: 'not-found-more' });
  expect((await savedState(page)).survivors, 'the family is intact').toEqual(s.survivors);
  // A follow-up answer's Change link (check your answers) opens the person's page, with it.
  await goTo(page, '#/survivors/check');
  const change = page.locator('a[href="#/survivors/person/0/change"]');
  expect(await change.count()).toBeGreaterThan(1);
  await change.first().click();
  await arrive(page, { from: '#/survivors/check' });
  await expect(page.locator(byId('people[0].marriage_date--year'))).toHaveValue(example().people[0].marriage_date.slice(0, 4));
  // Its follow-up page stays a page after the engine stopped asking (Back may return to it).
  await goTo(page, '#/survivors/more/people[0].marriage_date/change');
  await expect(page.locator(byId('people[0].marriage_date--year'))).toHaveValue(example().people[0].marriage_date.slice(0, 4));
});

test('unknown NISS steps and other routes are not found and write nothing', async ({ page }) => {
  await open(page, '#/niss');
  for (const h of ['#/niss/nope', '#/niss/filed-by/x', '#/niss/pack/change', '#/privacy/x', '#/survivors/check/x', '#/survivors/ask/3']) {
    await expectNotFound(page, h);
  }
});

test('the stored last step is a link only if it is a page', async ({ page, lang }) => {
  const state = { version: 1, survivors: { death_date: '2025-03-14' }, niss: {}, last_step: '#/survivors/more/people' };
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(k, v);
    }
  }, [STORAGE_KEY, JSON.stringify(state)]);
  await open(page, '#/');
  await expect(page.locator('#resume-continue')).toHaveAttribute('href', '#/survivors');
});

test('a state saved by a newer version is kept, and the page works in memory', async ({ page, lang }, testInfo) => {
  const newer = JSON.stringify({ version: 2, survivors: { death_date: '2025-03-14' }, niss: {}, somethingNew: [1] });
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(k, v);
    }
  }, [STORAGE_KEY, newer]);
  // The landing page offers no "continue" for a state it cannot read; the tool's page says why.
  await open(page, '#/');
  await expect(page.locator('#resume')).toHaveCount(0);
  await page.locator('#tool-survivors').click();
  await arrive(page, { from: '#/' });
  await expect(page.locator('#storage-notice')).toBeVisible();
  await expect(page.locator('#storage-reload')).toBeVisible();
  await checkPage(page, testInfo, { lang, name: 'storage-newer' });
  await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/scheme') });
  expect(await rawState(page), 'the newer state is untouched').toBe(newer);
});

// Leaving for the other program (a page load) saves first; a newer version's state is still
// never written over, as when the page stays.
test('a state saved by a newer version is not written over when an answers file leads to the other tool', async ({ page }) => {
  const newer = JSON.stringify({ version: 2, survivors: { death_date: '2025-03-14' }, niss: {}, somethingNew: [1] });
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(k, v);
    }
  }, [STORAGE_KEY, newer]);
  await open(page, '#/survivors');
  await expect(page.locator('#storage-notice')).toBeVisible();
  await goTo(page, '#/open');
  const file = JSON.stringify({ app: 'amparo', version: 1, tool: 'niss', saved_on: '2026-11-30', answers: { nationality_group: 'other', name: 'Olena' } });
  await page.locator('#open-answers').setInputFiles({ name: 'niss.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expectDone(page, '#/niss/check');
  expect(await rawState(page), 'the newer state is untouched').toBe(newer);
});

test('one unreadable field is dropped alone, with a notice', async ({ page, lang }) => {
  const state = { version: 1, survivors: { death_date: '2025-03-14', people: [{ id: 'p1', relation: 'spouse' }, 7] }, niss: 'x' };
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(k, v);
    }
  }, [STORAGE_KEY, JSON.stringify(state)]);
  await open(page, '#/survivors/death-date');
  await expect(page.locator('#storage-notice')).toBeVisible();
  await expect(page.locator(byId('death_date--year')), 'the readable answers are kept').toHaveValue('2025');
  await goTo(page, '#/survivors/person/0');
  await expect(page.locator(byId('people[0].relation--spouse'))).toBeChecked();
});

test('two tabs: answers from both are kept, and "delete my answers" in one is not undone by the other', async ({ page, context, lang }, testInfo) => {
  const other = await context.newPage();
  await open(page, '#/survivors/death-date');
  await open(other, '#/survivors/scheme');
  // One answer in each tab: neither overwrites the other's.
  await fillDate(page, 'death_date', '2025-03-14');
  await expect.poll(async () => (await savedState(page))?.survivors?.death_date).toBe('2025-03-14');
  await other.locator(byId('deceased.scheme--general')).check();
  await expect.poll(async () => (await savedState(page))?.survivors).toEqual({ death_date: '2025-03-14', deceased: { scheme: 'general' } });
  // The first tab shows the other tab's answer too (its page is rebuilt with the new answers).
  await goTo(page, '#/survivors/scheme');
  await expect(page.locator(byId('deceased.scheme--general'))).toBeChecked();

  // Delete in the first tab: the other follows (its page goes home) …
  await page.locator('#delete-answers').click();
  await arrive(page, { from: '#/survivors/scheme' });
  await page.locator('#delete-confirm').click();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await expect.poll(() => hash(other), 'the other tab goes home').toBe('#/');
  await arrive(other);
  await checkPage(other, testInfo, { lang, name: 'other-tab-after-delete' });
  // … and an answer typed there afterwards does not bring the deleted answers back.
  await goTo(other, '#/survivors/death-date');
  await expect(other.locator(byId('death_date'))).toHaveValue('');
  await goTo(other, '#/survivors/scheme');
  await other.locator(byId('deceased.scheme--voluntary')).check();
  await expect.poll(async () => (await savedState(page))?.survivors).toEqual({ deceased: { scheme: 'voluntary' } });
  await goTo(page, '#/survivors/death-date');
  await expect(page.locator(byId('death_date'))).toHaveValue('');
  await other.close();
});

/** Every link out of the app opens a new tab, never the widget's frame, and is https. */
async function expectLinksOutInNewTabs(page) {
  const out = await page.$$eval('main a[href^="http"]', (as) =>
    as.map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel, text: a.innerText })),
  );
  expect(out.length, 'the page has links to sources').toBeGreaterThan(0);
  for (const a of out) {
    expect(a.href, a.text).toMatch(/^https:\/\//);
    expect(a.target, `${a.href} opens a new tab`).toBe('_blank');
    expect(a.rel, `${a.href}`).toContain('noopener');
  }
}

test('legal sources open in a new tab (results and the NISS pack); amounts stay on one line', async ({ page, lang }) => {
  await open(page, '#/');
  await fillSurvivorsExample(page, { lang });
  await expectLinksOutInNewTabs(page);
  // Every amount shown is one line: no element showing an amount wraps inside it.
  const wrapped = await page.$$eval('.amount, .nowrap', (els) => els.filter((e) => getComputedStyle(e).whiteSpace !== 'nowrap').length);
  expect(wrapped).toBe(0);
  await goTo(page, '#/');
  await fillNissExample(page, { lang });
  await expectLinksOutInNewTabs(page);
});

// Depends on the money input of issue 11 (a `too_large` field error above the documented limit).
test('a huge amount is a field error, not a crash', async ({ page, lang }, testInfo) => {
  await open(page, '#/');
  await fillSurvivorsExample(page, { lang, stopAt: until('#/survivors/scheme') });
  await answerPage(page, example(), { lang });
  const field = page.locator(byId('deceased.reference_pension'));
  await field.fill('9999999999999999999999999999');
  await continueOn(page, { expectError: true });
  expect(await hash(page)).toBe('#/survivors/scheme');
  const error = page.locator(byId('deceased.reference_pension--error'));
  await expect(error).toBeVisible();
  expect((await error.innerText()).trim()).not.toMatch(/^(too_large|)$/);
  await expect(page.locator('#error-summary a[href="#deceased.reference_pension"]')).toHaveCount(1);
  await checkPage(page, testInfo, { lang, name: 'survivors-pension-too-large' });
  // Nothing typed is lost: the text stays as typed, after a reload too.
  await page.reload();
  await arrive(page);
  await expect(field).toHaveValue('9999999999999999999999999999');
});

// Depends on the money input of issue 11 (the usual Portuguese ways of writing an amount).
test('"1.500,00" is read as 1 500 €', async ({ page, lang }, testInfo) => {
  const household = example();
  household.deceased.reference_pension = '1500.00';
  const input = testInfo.outputPath('household-1500.json');
  writeFileSync(input, JSON.stringify(household));
  const expected = runCli(['survivors', input]);

  await open(page, '#/');
  await fillSurvivorsExample(page, { lang, household, stopAt: until('#/survivors/scheme') });
  await answerPage(page, household, { lang });
  await page.locator(byId('deceased.reference_pension')).fill('1.500,00');
  await continueOn(page);
  const { idMap } = await fillSurvivorsExample(page, { lang, household });
  await expectResultsMatch(page, expected, { lang, idMap });
});
