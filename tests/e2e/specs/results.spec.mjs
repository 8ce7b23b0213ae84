// Results and storage (issue 13): "delete my answers" asks first (this tool only or both) and
// confirms visibly; "remove" a family member asks first (and says when they paid for the
// funeral); the answers saved to a file reopen to the same results; a bad file gives an error
// and changes nothing; the results come entitled first, then needing answers, then not entitled
// (collapsed, still with its why); the printed summary carries the date, the rules year, the
// version and the answers per person. Answers are seeded in localStorage (the flow itself is
// walked by survivors.spec.mjs), so each test starts on the page it is about.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, arrive, checkPage, hash, open, savedState, STORAGE_KEY } from '../lib/fixtures.mjs';
import { cliReport, example, expectFocusVisible, expectResultsMatch, nissCase, tabTo } from '../lib/flows.mjs';
import { EXAMPLE_INPUT, REPO, runCli } from '../lib/paths.mjs';

test.use({ locale: 'pt-PT', viewport: { width: 360, height: 740 } });

const VERSION = readFileSync(join(REPO, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
/** The README example as the form holds it; its people keep their ids (ana, rui, eva). */
const survivorsForm = () => ({ projection: false, ...example() });
const nissForm = () => ({ nationality_group: 'other', name: 'Olena' });
const identity = { ana: 'ana', rui: 'rui', eva: 'eva' };

/** Stores `state` under the app's key before the first load of this page (not on reloads). */
async function seed(page, state) {
  await page.addInitScript(
    ([key, v]) => {
      if (!sessionStorage.getItem('e2e-seeded')) {
        sessionStorage.setItem('e2e-seeded', '1');
        localStorage.setItem(key, v);
      }
    },
    [STORAGE_KEY, JSON.stringify({ version: 1, ...state })],
  );
}

/** Replaces the stored answers and shows their results (a reload reads them). */
async function showResults(page, survivors) {
  // On the results page first (the app saves its in-memory answers on a change of page), then
  // the stored answers replaced and read by a reload.
  await page.goto('/#/survivors/results');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify({ version: 1, survivors })]);
  await page.reload();
  await arrive(page);
  expect(await hash(page)).toBe('#/survivors/results');
}

const rawState = (page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

/** Waits for the confirmation of what just happened: shown on `route`, with the focus. */
async function expectDone(page, route, text) {
  await expect.poll(() => hash(page), { message: `on ${route}` }).toBe(route);
  const done = page.locator('#done-notice');
  await expect(done, 'the confirmation is visible').toBeVisible();
  await expect(done).toHaveAttribute('role', 'status');
  if (text) await expect(done).toContainText(text);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: 'the focus is on the confirmation' }).toBe('done-notice');
}

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
  await page.goto('/#/');
  await page.reload();
  await arrive(page);
  expect((await savedState(page))?.survivors ?? {}).toEqual({});
  const name = download.suggestedFilename();
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
  await page.goto('/#/');
  await page.reload();
  await arrive(page);
  await page.locator('#open-answers').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer });
  await expectDone(page, '#/niss/check');
  const s = await savedState(page);
  expect(s.niss).toEqual(answers);
  expect(s.survivors).toEqual(survivorsForm());
  await checkPage(page, testInfo, { lang, name: 'niss-file-opened', sizes: 'own' });
});

test('a bad answers file gives an error naming what is wrong, and changes nothing', async ({ page, lang }, testInfo) => {
  await seed(page, { survivors: survivorsForm() });
  await open(page, '#/');
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
  expect(await hash(page), 'still on the same page').toBe('#/');
  expect(await rawState(page), 'the saved answers are unchanged, byte for byte').toBe(before);
});

test('results: entitled first, then needing answers, then not entitled (collapsed, with the why)', async ({ page, lang }, testInfo) => {
  // The README example, and a family whose answers are not all there yet.
  const needs = JSON.parse(readFileSync(join(REPO, 'tests/cases/needs_info_recent_marriage.input.json'), 'utf8'));
  await open(page, '#/');
  for (const form of [{ projection: false, ...needs }, survivorsForm()]) {
    await showResults(page, form);
    const cards = await page.locator('section.benefit-card').evaluateAll((els) =>
      els.map((e) => ({ status: e.dataset.status, group: e.closest('section.results-group')?.id, hidden: !!e.closest('details:not([open])') })),
    );
    const rank = { eligible: 0, needs_info: 1, value_unknown: 1, not_eligible: 2 };
    const group = { eligible: 'group-eligible', needs_info: 'group-needs', value_unknown: 'group-needs', not_eligible: 'group-not' };
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.map((c) => rank[c.status]), 'in order').toEqual([...cards.map((c) => rank[c.status])].sort());
    for (const c of cards) {
      expect(c.group, `${c.status} in its group`).toBe(group[c.status]);
      expect(c.hidden, `${c.status}: collapsed only when not entitled`).toBe(c.status === 'not_eligible');
    }
    // Not entitled: still with its why, one click away.
    const not = page.locator('#group-not details.not-entitled');
    if (await not.count()) {
      await not.locator(':scope > summary').click();
      await expect(not.locator('details.why').first()).toBeVisible();
    }
  }
  // The README example's statuses and amounts are the CLI's; an award reads "Para Ana (…)".
  await expectResultsMatch(page, cliReport(), { lang, idMap: identity });
  await expect(page.locator('[data-benefit="survivors_pension"] [data-person="ana"] .award-who')).toHaveText(/^Para Ana/);
  const text = await page.locator('main').innerText();
  expect(text).not.toContain('Sem direito provável');
  expect(text).not.toMatch(/\(s\)|\(es\)/);
  await checkPage(page, testInfo, { lang, name: 'results-order', sizes: 'own' });
});

test('the printed summary: date made, rules year, version, answers per person, everything open', async ({ page, lang }, testInfo) => {
  await seed(page, { survivors: survivorsForm() });
  await open(page, '#/survivors/results');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const made = page.locator('#summary-made');
  await expect(made).toBeVisible();
  const year = String(new Date().getFullYear());
  await expect(made).toContainText(year);
  await expect(made).toContainText(`Amparo ${VERSION}`);
  await expect(page.locator('.rules-year')).toContainText(String(cliReport().rules_year ?? '2025'));
  // The answers, one heading per person.
  const headings = await page.locator('#your-answers h3').allInnerTexts();
  for (const name of ['Ana', 'Rui', 'Eva']) expect(headings.some((h) => h.startsWith(name)), `a group for ${name}`).toBe(true);
  // What they are not entitled to is printed, open, with its why.
  await expect(page.locator('#group-not details.not-entitled')).toHaveAttribute('open', '');
  await expect(page.locator('#group-not .benefit-card').first()).toBeVisible();
  // No buttons, no file box, no "delete" in print.
  for (const sel of ['#print', '#open-answers', '#delete-answers', '#save-answers-survivors']) await expect(page.locator(sel), sel).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // "Save a copy" carries the same: date, version, rules year, the answers per person.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-copy').click()]);
  expect(download.suggestedFilename()).toMatch(/^amparo-resultados-\d{4}-\d{2}-\d{2}\.txt$/);
  const copy = readFileSync(await download.path(), 'utf8');
  expect(copy).toContain(`Amparo ${VERSION}`);
  expect(copy).toContain(year);
  expect(copy).toMatch(/\nAna \(/);
  expect(copy).toMatch(/\nEva \(/);
  expect(copy).toContain('Para Ana');
});

// "What to do now" (the engine's plan on the device's date). The page's clock is fixed, so the
// day is known; the expected plan and calendar come from the CLI with the same --today.
const squash = (t) => t.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The CLI's text output (the calendar) for the README example. */
function cliText(args) {
  const [cmd, argv] = process.env.AMPARO_CLI
    ? [process.env.AMPARO_CLI, args]
    : ['cargo', ['run', '--quiet', '--locked', '--bin', 'amparo', '--', ...args]];
  const r = spawnSync(cmd, argv, { cwd: REPO, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const VEVENTS = (ics) => ics.split('BEGIN:VEVENT').slice(1).map((e) => e.match(/DTSTART;VALUE=DATE:(\d{8})/)?.[1]);

for (const [what, today] of [['every deadline still open', '2025-06-01'], ['a death two years ago: deadlines passed', '2027-03-20']]) {
  test(`what to do now, on ${today} (${what}): the CLI's plan, deadlines and calendar`, async ({ page, lang }, testInfo) => {
    await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
    const report = runCli(['survivors', EXAMPLE_INPUT, '--today', today, '--lang', lang]);
    await seed(page, { survivors: survivorsForm() });
    await open(page, '#/survivors/results');
    const now = page.locator('#what-now');
    await expect(now).toBeVisible();
    // At the top: before the groups of results.
    expect(await page.evaluate(() => {
      const a = document.getElementById('what-now');
      const b = document.querySelector('section.results-group');
      return !!(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    }), 'what to do now comes first').toBe(true);
    // One checklist of claims: one per form, in the plan's order, each with its state.
    const claims = await now.locator('li.claim').evaluateAll((els) => els.map((e) => ({ form: e.dataset.form, state: e.dataset.state })));
    expect(claims).toEqual(report.plan.claims.map((c) => ({ form: c.form, state: c.state ?? 'none' })));
    expect(new Set(claims.map((c) => c.form)).size, 'a form is listed once').toBe(claims.length);
    const shared = report.plan.claims.find((c) => c.benefits.length > 1);
    if (shared) await expect(now.locator(`li.claim[data-form="${shared.form}"] .hint`), 'one form, several benefits').toBeVisible();
    // Deadlines in the engine's words: open ones with the days left, passed ones with what still applies.
    const text = squash(await now.innerText());
    for (const b of report.benefits.filter((x) => x.deadline && ['eligible', 'needs_info'].includes(x.status))) {
      if (b.deadline.state === 'passed') {
        expect(text, `${b.benefit}: passed`).toContain(squash(b.deadline.note.text));
        if (b.deadline.claim_now) expect(text, `${b.benefit}: claim now`).toContain(squash(b.deadline.claim_now.text));
      }
    }
    if (report.plan.nearest_deadline) {
      const b = report.benefits.find((x) => x.deadline?.date === report.plan.nearest_deadline && x.deadline.state !== 'passed');
      await expect(page.locator('#nearest-deadline')).toContainText(squash(b.deadline.note.text).split(':')[0]);
    } else {
      await expect(page.locator('#nearest-deadline')).toHaveCount(0);
    }
    await expect(page.locator('#passed-deadlines')).toHaveCount(report.plan.passed.length ? 1 : 0);
    // The documents, as the plan lists them.
    expect(await now.locator('#documents li').evaluateAll((els) => els.map((e) => e.dataset.document))).toEqual(report.plan.documents.map((d) => d.id));
    // The calendar: the same file as the CLI's --ics on the same day, when anything is ahead.
    const ics = cliText(['survivors', EXAMPLE_INPUT, '--today', today, '--lang', lang, '--ics']);
    if (VEVENTS(ics).length) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#add-calendar').click()]);
      expect(download.suggestedFilename()).toBe(`amparo-prazos-${today}.ics`);
      const got = readFileSync(await download.path(), 'utf8');
      expect(VEVENTS(got), 'the events').toEqual(VEVENTS(ics));
      expect(got, 'the same calendar as the CLI').toBe(ics);
    } else {
      await expect(page.locator('#add-calendar')).toHaveCount(0);
    }
    await checkPage(page, testInfo, { lang, name: `what-now-${today}`, sizes: 'own' });
    // "Save a copy" carries the claims too.
    const [copy] = await Promise.all([page.waitForEvent('download'), page.locator('#save-copy').click()]);
    const copied = readFileSync(await copy.path(), 'utf8');
    for (const c of report.plan.claims) expect(copied).toContain(c.form);
  });
}

// Screenshots to look at: results, the confirmation pages and the printed summary, at 320 and
// 360 px, in every language (RESULTS_SHOTS=<dir> to keep them; screenshots/results otherwise).
const SHOTS = process.env.RESULTS_SHOTS ?? join(REPO, 'screenshots/results');
for (const locale of ['pt-PT', 'en-GB', 'uk-UA']) {
  for (const width of [320, 360]) {
    test.describe(`${locale} ${width}px`, () => {
      test.use({ locale, viewport: { width, height: 740 } });
      test(`screenshots of results, confirmations and print (${locale}, ${width}px)`, async ({ page, lang }, testInfo) => {
        mkdirSync(SHOTS, { recursive: true });
        const shot = (name) => page.screenshot({ path: join(SHOTS, `${lang}-${width}-${name}.png`), fullPage: true });
        await seed(page, { survivors: survivorsForm(), niss: nissForm() });
        await open(page, '#/survivors/results');
        await page.locator('#group-not details.not-entitled > summary').click();
        await checkPage(page, testInfo, { lang, sizes: 'none' });
        await shot('results');
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        await page.emulateMedia({ media: 'print' });
        await shot('print');
        await page.emulateMedia({ media: 'screen' });
        await page.locator('#delete-answers').click();
        await arrive(page, { from: '#/survivors/results' });
        await checkPage(page, testInfo, { lang, sizes: 'none' });
        await shot('delete-confirm');
        await page.locator('#delete-cancel').click();
        await arrive(page, { from: '#/delete/survivors' });
        await page.goto('/#/survivors/people');
        await arrive(page, { from: '#/survivors/results' });
        await page.locator('#remove-0').click();
        await expect(page.locator('.confirm-remove')).toBeVisible();
        await checkPage(page, testInfo, { lang, sizes: 'none' });
        await shot('remove-question');
        await page.locator('#remove-confirm').click();
        await expectDone(page, '#/survivors/people');
        await shot('remove-done');
        await page.locator('#delete-answers').click();
        await arrive(page, { from: '#/survivors/people' });
        await page.locator('#delete-scope--all').check();
        await page.locator('#delete-confirm').click();
        await expectDone(page, '#/');
        await checkPage(page, testInfo, { lang, sizes: 'none' });
        await shot('delete-done');
        await page.locator('#open-answers').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"amparo"}') });
        await expect(page.locator('[id="open-answers--error"]')).not.toBeEmpty();
        await page.locator('#open-answers').scrollIntoViewIfNeeded();
        await shot('file-error');
      });
    });
  }
}
