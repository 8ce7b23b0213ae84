// Walking the tools as a person would. Everything that knows how the UI's pages look lives in
// this file, so a UI change means changing this file only.
//
// Conventions relied on (agreed with the UI):
//   - routes in location.hash; every page has one <h1 tabindex=-1>, focused on arrival;
//   - a field's element id is its JSON path in the engine input (`death_date`,
//     `people[0].birth_date`); radios are `<path>--<value>`; "I don't know" is `<path>--dont_know`;
//   - the question page's submit button is `#continue`; errors show in `#error-summary`;
//   - what kind of answer a field takes (an amount, the funeral's payer…) is declared once in
//     src/forms/questions/ and read here from `amparo questions`.
// UI details that are NOT in those conventions (assumptions; adjust here if the UI changes):
//   - home links to the tools with href="#/survivors" / href="#/niss";
//   - the survivors start page asks `projection` (radios `projection--false|true`);
//   - the first family member is added with `#add-person` on `#/survivors/people`, which opens
//     `#/survivors/person/N`; a person's page has "Save and add another" (`#add-another`, which
//     opens the next person's page) and "Save and continue" (`#continue`, on to the funeral);
//     the person's follow-up questions are on that same page, revealed as the engine asks;
//   - a date is three boxes: day (id `<path>`), month (`<path>--month`), year (`<path>--year`);
//   - the funeral payer is a radio `funeral.paid_by--<person id the UI gave>`;
//   - after the funeral what the engine still needs comes at `#/survivors/more/<path>`, one page
//     per person (or for the person who died), until `#/survivors/check`, whose `#continue`
//     link opens results.
import { readFileSync } from 'node:fs';
import { EXAMPLE_INPUT, NISS_CASE, runCli } from './paths.mjs';
import { arrive, checkPage, expect, hash, savedState } from './fixtures.mjs';

export const example = () => JSON.parse(readFileSync(EXAMPLE_INPUT, 'utf8'));

/** Reads `people[0].birth_date` out of a JSON value. */
export function getPath(obj, path) {
  let cur = obj;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (cur === null || cur === undefined) return undefined;
    cur = cur[/^\d+$/.test(part) ? Number(part) : part];
  }
  return cur;
}

/** An amount as a person in that language types it: "900,00" (pt) or "900.00" (en). */
// Portuguese and Ukrainian write a decimal comma (the app reads both ways).
const typedMoney = (lang, s) => (lang === 'en' ? String(s) : String(s).replace('.', ','));

/** Both tools' declared questions (`amparo questions`, asked once): kind by path pattern. */
let kinds;
/** The kind of answer a field takes (`money`, `payer`, `date`…), from its declaration. */
export function questionKind(path) {
  kinds ??= new Map(
    Object.values(runCli(['questions'])).flatMap((tool) => tool.questions.map((q) => [q.path, q.kind])),
  );
  return kinds.get(path.replace(/\[\d+\]/g, '[]'));
}

/** The ids the UI gave the people, by index (the household's ids are the test data's). */
export async function uiPersonIds(page) {
  const s = await savedState(page);
  return (s?.survivors?.people ?? []).map((p) => p?.id);
}

/**
 * Fills idMap (household person id → the UI's) from the saved state or, when nothing is saved
 * (storage off), from the order of the funeral payer radios (ASSUMPTION: people in list order).
 */
async function learnIds(page, people, idMap) {
  let ids = await uiPersonIds(page);
  if (ids.length === 0) {
    ids = await page.$$eval('input[type=radio][name="funeral.paid_by"]', (els) => els.map((e) => e.value));
  }
  ids.forEach((id, i) => people[i] && id && (idMap[people[i].id] ??= id));
}

/**
 * The box of a date an element id is (`death_date` the day, `death_date--month`,
 * `death_date--year`), or null for any other field.
 */
export function dateBox(id) {
  const m = id.match(/^(.*?)(?:--(month|year))?$/);
  const field = m[1];
  return questionKind(field) === 'date' ? { field, part: m[2] ?? 'day' } : null;
}

/** Types a date (`2025-03-14`) into its three boxes. */
export async function fillDate(page, path, iso) {
  const [y, m, d] = iso.split('-');
  await page.locator(byId(path)).fill(String(Number(d)));
  await page.locator(byId(`${path}--month`)).fill(String(Number(m)));
  await page.locator(byId(`${path}--year`)).fill(y);
}

/** A CSS selector for an element id with dots and brackets. */
export const byId = (id) => `[id="${id.replace(/"/g, '\\"')}"]`;

/**
 * How to answer the fields on the page from `household`: a list of actions in DOM order.
 * `idMap` turns the household's person ids into the UI's (for `funeral.paid_by`).
 */
async function plan(page, household, idMap, lang) {
  const controls = await page.$$eval('main input[id], main select[id], main textarea[id]', (els) =>
    els.map((e) => ({ id: e.id, tag: e.tagName.toLowerCase(), type: e.type, name: e.name, checked: e.checked, value: e.value })),
  );
  const actions = [];
  for (const c of controls) {
    // Radios, and "I don't know" boxes, carry their value after "--" in the id.
    const choice = c.type === 'radio' || (c.type === 'checkbox' && c.id.includes('--'));
    const path = choice ? c.id.slice(0, c.id.lastIndexOf('--')) : c.id;
    const option = choice ? c.id.slice(c.id.lastIndexOf('--') + 2) : null;
    let want = getPath(household, path);
    if (questionKind(path) === 'payer' && want !== undefined) want = idMap[want] ?? want;
    if (choice) {
      // A list answer (the NISS messages) ticks one box per value.
      const pick = want === undefined || want === null ? option === 'dont_know'
        : Array.isArray(want) ? want.map(String).includes(option) : String(want) === option;
      if (pick && !c.checked) actions.push({ kind: 'check', id: c.id, name: c.type === 'radio' ? c.name : '' });
    } else if (c.type === 'checkbox') {
      const on = want === true;
      if (on !== c.checked) actions.push({ kind: on ? 'check' : 'uncheck', id: c.id });
    } else if (dateBox(path)) {
      // One box of a date: its part of the ISO date, as people write it (no leading zero).
      const { field, part } = dateBox(path);
      const iso = getPath(household, field);
      if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) continue;
      const [y, m, d] = iso.split('-');
      const text = String(Number({ day: d, month: m, year: y }[part]));
      if (c.value !== text) actions.push({ kind: 'fill', id: c.id, type: c.type, text });
    } else if (want !== undefined && want !== null) {
      const text = questionKind(path) === 'money' ? typedMoney(lang, want) : String(want);
      if (c.value !== text) actions.push({ kind: c.tag === 'select' ? 'select' : 'fill', id: c.id, type: c.type, text });
    }
  }
  return actions;
}

/** Does the actions with the mouse-free Playwright API (fill/check). */
async function actWithApi(page, actions) {
  for (const a of actions) {
    const el = page.locator(byId(a.id));
    if (a.kind === 'check') await el.check();
    else if (a.kind === 'uncheck') await el.uncheck();
    else if (a.kind === 'select') await el.selectOption(a.text);
    else await el.fill(a.text);
  }
}

/** Presses Tab until `selector` has focus (at most `max` times). */
export async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} on ${await hash(page)} (${max} presses)`);
}

/**
 * The focused element shows a visible focus indicator (an outline or a box shadow while it
 * matches :focus-visible). Used on buttons and links reached with Tab.
 */
export async function expectFocusVisible(page) {
  const r = await page.evaluate(() => {
    const a = document.activeElement;
    const cs = getComputedStyle(a);
    return {
      what: a.id ? `#${a.id}` : a.tagName.toLowerCase(),
      hash: location.hash,
      focusVisible: a.matches(':focus-visible'),
      outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
      shadow: cs.boxShadow !== 'none',
    };
  });
  expect.soft(r.focusVisible && (r.outline || r.shadow), `visible focus on ${r.what} (${r.hash})`).toBe(true);
}

/** Does the actions with the keyboard only: Tab, arrows, Space and typing. */
async function actWithKeyboard(page, actions) {
  for (const a of actions) {
    const sel = byId(a.id);
    if (a.kind === 'check' && a.name) {
      // A radio group: Tab lands on the checked radio (or the first); arrows move and select.
      await tabTo(page, `input[type=radio][name="${a.name}"]`);
      if (await page.evaluate((s) => document.activeElement.matches(s), sel)) await page.keyboard.press('Space');
      for (let i = 0; i < 20 && !(await page.locator(sel).isChecked()); i++) await page.keyboard.press('ArrowDown');
      await expect(page.locator(sel), `keyboard selected ${a.id}`).toBeChecked();
    } else if (a.kind === 'check' || a.kind === 'uncheck') {
      await tabTo(page, sel);
      await page.keyboard.press('Space');
    } else if (a.kind === 'select') {
      await tabTo(page, sel);
      await page.locator(sel).selectOption(a.text); // no portable keyboard path for <select>
    } else {
      await tabTo(page, sel);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(a.text);
    }
  }
}

/** Answers what the page asks from `household` (again, for fields that appear on an answer). */
export async function answerPage(page, household, { lang, idMap = {}, keyboard = false } = {}) {
  for (let round = 0; round < 6; round++) {
    const actions = await plan(page, household, idMap, lang);
    if (actions.length === 0) return;
    await (keyboard ? actWithKeyboard(page, actions) : actWithApi(page, actions));
  }
}

/**
 * Presses the page's Continue (button or link) and waits for the next page, or, with
 * `expectError`, for the error summary.
 */
export async function continueOn(page, { keyboard = false, expectError = false } = {}) {
  const from = await hash(page);
  if (keyboard) {
    await tabTo(page, '#continue');
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
  } else {
    await page.locator('#continue').click();
  }
  const what = await arrive(page, { from, expectError });
  if (expectError) expect(what, `Continue on ${from} shows the error summary`).toBe('error');
}

/**
 * Follows a link or presses a button with the keyboard (Tab to it, Enter) or the mouse, and
 * waits for the page it leads to.
 */
export async function activate(page, selector, { keyboard = false } = {}) {
  const from = await hash(page);
  if (keyboard) {
    await tabTo(page, selector);
    await expectFocusVisible(page);
    await page.keyboard.press('Enter');
  } else {
    await page.locator(selector).first().click();
  }
  await arrive(page, { from });
}

/**
 * Walks the survivors' tool from the home page to the results, answering the README example
 * (or `household`). Calls `onPage(hash)` on every page shown (for axe, screenshots…).
 * Returns { visited, idMap } where idMap maps the household's person ids to the UI's.
 */
export async function fillSurvivorsExample(page, { lang, household = example(), keyboard = false, onPage = async () => {}, stopAt } = {}) {
  const visited = [];
  const idMap = {};
  const people = household.people ?? [];
  let added = 0;
  const seen = async () => {
    const h = await hash(page);
    visited.push(h);
    await onPage(h);
    return h;
  };

  let h = await hash(page);
  if (h === '#/' || h === '#') {
    await seen();
    await activate(page, 'main a[href="#/survivors"]', { keyboard });
  }
  for (let step = 0; step < 80; step++) {
    h = await seen();
    if (stopAt && stopAt(h)) return { visited, idMap };
    if (h === '#/survivors/results') break;

    if (h === '#/survivors') {
      await answerPage(page, { projection: false }, { lang, keyboard });
      await continueOn(page, { keyboard });
    } else if (h === '#/survivors/people') {
      // How many are on the list: from the saved state, or (storage off) as counted here.
      added = Math.max(added, (await uiPersonIds(page)).length);
      if (added < people.length) {
        added++;
        await activate(page, '#add-person', { keyboard });
      } else {
        await continueOn(page, { keyboard });
      }
    } else if (/^#\/survivors\/person\/\d+$/.test(h)) {
      // Who they are and what the engine asks about them; then the next person, or on.
      added = Math.max(added, (await uiPersonIds(page)).length);
      await learnIds(page, people, idMap);
      await answerPage(page, household, { lang, idMap, keyboard });
      if (added < people.length) {
        added++;
        await activate(page, '#add-another', { keyboard });
      } else {
        await continueOn(page, { keyboard });
      }
    } else if (h === '#/survivors/check') {
      await activate(page, '#continue', { keyboard });
    } else {
      await learnIds(page, people, idMap);
      await answerPage(page, household, { lang, idMap, keyboard });
      await continueOn(page, { keyboard });
    }
    if ((await hash(page)) === h) throw new Error(`stuck on ${h}`);
  }
  expect(await hash(page), 'reached the results').toBe('#/survivors/results');
  await learnIds(page, people, idMap);
  return { visited, idMap };
}

/** The README example's expected report, made by the CLI in global-setup.mjs. */
export function cliReport() {
  const f = process.env.E2E_CLI_REPORT;
  if (!f) throw new Error('E2E_CLI_REPORT is not set: global-setup.mjs did not run');
  return JSON.parse(readFileSync(f, 'utf8'));
}

/** "1441.29" → "1 441,29 €" (pt) or "€1,441.29" (en), as the app formats money. */
export function formatMoney(lang, amount) {
  const [int, frac = '00'] = String(amount).replace('-', '').split('.');
  const sign = String(amount).startsWith('-') ? '-' : '';
  // Portuguese and Ukrainian: "1 567,50 €"; English: "€1,567.50".
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : ' ');
  const cents = frac.padEnd(2, '0').slice(0, 2);
  return lang === 'en' ? `${sign}€${grouped}.${cents}` : `${sign}${grouped},${cents} €`;
}

const squash = (s) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** Every card's status and every award's amount on the results page equal the CLI's report. */
export async function expectResultsMatch(page, report, { lang, idMap }) {
  const cards = page.locator('section.benefit-card');
  await expect(cards, 'one card per benefit').toHaveCount(report.benefits.length);
  for (const b of report.benefits) {
    const card = page.locator(`section.benefit-card[data-benefit="${b.benefit}"]`);
    await expect(card, `card ${b.benefit}`).toHaveCount(1);
    await expect(card, `${b.benefit} status`).toHaveAttribute('data-status', b.status);
    const awards = b.awards ?? [];
    await expect(card.locator('[data-person]'), `${b.benefit}: one block per award`).toHaveCount(awards.length);
    for (const a of awards) {
      const id = idMap[a.person] ?? a.person;
      const cell = card.locator(`[data-person="${id}"] .amount`);
      await expect(cell, `${b.benefit}: one amount for ${a.person}`).toHaveCount(1);
      expect(squash(await cell.innerText()), `${b.benefit} ${a.person} (${id}) in ${lang}`).toBe(formatMoney(lang, a.amount));
      if (a.yearly) {
        const row = squash(await card.locator(`[data-person="${id}"]`).innerText());
        expect(row, `${b.benefit} ${a.person}: yearly amount`).toContain(formatMoney(lang, a.yearly));
      }
    }
  }
}

/**
 * A checkPage callback for the flows' onPage. `sizes`: 'both', 'own' (the test's viewport) or
 * 'none' (no screenshots); `axe: false` skips axe (when another test scans the same pages).
 */
export const checker = (page, testInfo, lang, sizes = 'own', { axe = true } = {}) => async () =>
  checkPage(page, testInfo, { lang, sizes, axe });

// ---------------------------------------------------------------------------------------------
// NISS document-pack advisor (smoke). ASSUMPTIONS beyond the shared conventions, to adjust
// here once the NISS pages are final:
//   - home links to the tool with href="#/niss"; `#/niss` is a start page whose `#continue`
//     (a link) opens the first question;
//   - each question page answers one advisor field: radios `<field>--<value>` (yes/no as
//     `--true` / `--false`), text inputs with id `<field>` (`typed_niss`, `typed_nif`, `name`);
//     optional questions can be left unanswered and Continue still goes on;
//   - the last question leads to `#/niss/check`, whose `#continue` link opens `#/niss/pack`;
//   - the pack page: each document is `li.doc[data-id="<document id>"]` with a tick box
//     (`input[type=checkbox]`) and the document's name; the steps are `li[data-id][data-who]` in
//     order; `#combined-service[data-eligible]`; each letter is `#letter-<id>`;
//   - the typed numbers page is `#/niss/typed-niss`; the checker's message for `typed_niss`
//     shows in `#typed_niss--check` when the person leaves the field.

/** The NISS case the smoke flow answers (tests/cases/niss/employee.json). */
export const nissCase = () => JSON.parse(readFileSync(NISS_CASE, 'utf8'));

/** The CLI's pack for that case in `lang` (`--lang`), made in global-setup.mjs. */
export function cliNissPack(lang = 'pt') {
  const f = process.env.E2E_CLI_NISS_PACK;
  if (!f) throw new Error('E2E_CLI_NISS_PACK is not set: global-setup.mjs did not run');
  return JSON.parse(readFileSync(f.replace('{lang}', lang), 'utf8'));
}

/** The CLI's verdict on a mistyped NISS in `lang` ({ typed, valid, message: { code, args, text }, … }). */
export function cliNissCheck(lang = 'pt') {
  const f = process.env.E2E_CLI_NISS_CHECK;
  if (!f) throw new Error('E2E_CLI_NISS_CHECK is not set: global-setup.mjs did not run');
  return JSON.parse(readFileSync(f.replace('{lang}', lang), 'utf8'));
}

/** The pack page shows what the CLI's pack has: documents, steps in order, verdict, letters. */
export async function expectPackMatches(page, pack, { lang }) {
  for (const d of pack.documents) {
    const item = page.locator(`li.doc[data-id="${d.id}"]`);
    await expect(item, `document ${d.id}`).toHaveCount(1);
    await expect(item, `document ${d.id} named`).toContainText(d.name.text);
  }
  const steps = await page.locator('li[data-who][data-id]').evaluateAll((els) => els.map((e) => e.dataset.id));
  expect(steps, 'the steps, in order').toEqual(pack.steps.map((s) => s.id));
  if (pack.combined_service) {
    await expect(page.locator('#combined-service'), 'combined-service verdict').toHaveAttribute(
      'data-eligible',
      String(pack.combined_service.eligible),
    );
  }
  for (const l of [...(pack.letters ?? []), ...(pack.escalations ?? []).flatMap((e) => e.cover_letters ?? [])]) {
    await expect(page.locator(`[id="letter-${l.id}"]`), `letter ${l.id}`).toHaveCount(1);
    // Sent in Portuguese whatever the page's language (the Portuguese words are fetched for it).
    await expect(page.locator(`[id="letter-${l.id}--body"]`), `letter ${l.id} in Portuguese`).toHaveText(l.body.text);
  }
}

/** Walks the NISS tool from the home page to the pack, answering `answers`. */
export async function fillNissExample(page, { lang, answers = nissCase().answers, keyboard = false, onPage = async () => {} } = {}) {
  const visited = [];
  let h = await hash(page);
  if (h === '#/' || h === '#') {
    visited.push(h);
    await onPage(h);
    await activate(page, 'main a[href="#/niss"]', { keyboard });
  }
  for (let step = 0; step < 40; step++) {
    h = await hash(page);
    visited.push(h);
    await onPage(h);
    if (h === '#/niss/pack') break;
    if (h === '#/niss' || h === '#/niss/check') {
      await activate(page, '#continue', { keyboard });
    } else {
      await answerPage(page, answers, { lang, keyboard });
      await continueOn(page, { keyboard });
    }
    if ((await hash(page)) === h) throw new Error(`stuck on ${h}`);
  }
  expect(await hash(page), 'reached the pack').toBe('#/niss/pack');
  return { visited };
}
