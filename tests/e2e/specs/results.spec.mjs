// Results (issue 13): "what to do now" first (the engine's plan on the device's date, the
// calendar), then entitled, needing answers, not entitled (collapsed, still with its why); the
// printed summary and "save a copy" carry the date, the rules year, the version and the answers
// per person; screenshots of results, the confirmation pages and print to look at. Answers are
// seeded in localStorage (lib/seeded.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, arrive, checkPage, open } from '../lib/fixtures.mjs';
import { cliReport, expectResultsMatch } from '../lib/flows.mjs';
import { EXAMPLE_INPUT, REPO, runCli } from '../lib/paths.mjs';
import { VERSION, expectDone, identity, nissForm, seed, showResults, survivorsForm } from '../lib/seeded.mjs';

test.use({ locale: 'pt-PT', viewport: { width: 360, height: 740 } });

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
