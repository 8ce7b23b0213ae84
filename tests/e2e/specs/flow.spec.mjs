// The question flow (issue 13): how many screens a widow goes through; dates in three boxes;
// the page's title; Back along the person's own path and from a change; "check your answers"
// as a summary list that stacks on a phone without splitting words; 44 px tap targets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, arrive, goTo, hash, open, savedState } from '../lib/fixtures.mjs';
import { byId, continueOn, fillDate, fillSurvivorsExample } from '../lib/flows.mjs';
import { E2E, REPO } from '../lib/paths.mjs';

const widow = () => JSON.parse(readFileSync(resolve(E2E, 'data/widow-two-children.json'), 'utf8'));
const until = (target) => (h) => h === target;
const titleSuffix = ' – Amparo';

/** The page's <h1> as one line of text. */
const heading = (page) => page.evaluate(() => document.querySelector('main h1').textContent.replace(/\s+/g, ' ').trim());

/** Links and buttons around the questions: each at least 44 × 44 px. */
async function expectTapTargets(page) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.back-link, .action-link, .link-button, #lang-switch button, #lang-switch .lang-current, #delete-answers, .button')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ what: `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className} “${e.textContent.trim()}”`, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
      .map(({ what, r }) => `${what}: ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect.soft(small, `${await hash(page)}: tap targets under 44 px`).toEqual([]);
  // "Delete my answers" is not beside the language switch: it is on a line of its own.
  const apart = await page.evaluate(() => {
    const d = document.getElementById('delete-answers').getBoundingClientRect();
    const l = document.getElementById('lang-switch').getBoundingClientRect();
    return d.top >= l.bottom - 1;
  });
  expect.soft(apart, `${await hash(page)}: "delete my answers" below the language switch`).toBe(true);
}

/** The title names the page: its heading, " – Amparo", and the error prefix while errors show. */
async function expectTitle(page, prefix = '') {
  const h1 = await heading(page);
  const want = h1 === 'Amparo' ? 'Amparo' : `${prefix}${h1}${titleSuffix}`;
  await expect.poll(() => page.title(), { message: `title on ${await hash(page)}` }).toBe(want);
}

test.describe('a widow with two children', () => {
  test.use({ locale: 'pt-PT', viewport: { width: 360, height: 740 } });

  test('at most 12 screens from the start page to the results; titles; tap targets', async ({ page, lang }, testInfo) => {
    await open(page, '#/survivors');
    const onPage = async () => {
      await expectTitle(page);
      await expectTapTargets(page);
    };
    const { visited } = await fillSurvivorsExample(page, { lang, household: widow(), onPage });
    console.log(`[flow] ${visited.length} screens: ${visited.join(' ')}`);
    testInfo.annotations.push({ type: 'screens', description: `${visited.length}: ${visited.join(' ')}` });
    expect(visited[0]).toBe('#/survivors');
    expect(visited.at(-1)).toBe('#/survivors/results');
    expect(visited.length, visited.join('\n')).toBeLessThanOrEqual(12);
    // Each person's follow-ups were asked on their own page, with who they are.
    expect(visited.filter((h) => h.startsWith('#/survivors/more/people')), 'no follow-up page about a person').toEqual([]);
  });
});

for (const [locale, prefix] of [['pt-PT', 'Erro: '], ['en-GB', 'Error: '], ['uk-UA', 'Помилка: ']]) {
  test.describe(locale, () => {
    test.use({ locale });
    test('the title is the question, with the error prefix while there is an error', async ({ page }) => {
      for (const h of ['#/', '#/survivors', '#/survivors/death-date', '#/survivors/scheme', '#/survivors/people', '#/survivors/check', '#/privacy', '#/niss', '#/niss/filed-by']) {
        await open(page, h);
        await expectTitle(page);
      }
      await open(page, '#/survivors/death-date');
      await continueOn(page, { expectError: true });
      await expectTitle(page, prefix);
      // Answered: the error goes, and so does the prefix.
      await fillDate(page, 'death_date', '2025-03-14');
      await continueOn(page);
      await expectTitle(page);
    });
  });
}

test.describe('dates in three boxes', () => {
  test.use({ locale: 'pt-PT', viewport: { width: 360, height: 740 } });

  test('31/02 is named as not a real date; a partial date is kept after a reload; the error links to the box', async ({ page }) => {
    await open(page, '#/survivors/death-date');
    // The boxes: Dia, Mês, Ano, numeric keypads, in a group named by the question.
    for (const [id, word] of [['death_date', 'Dia'], ['death_date--month', 'Mês'], ['death_date--year', 'Ano']]) {
      await expect(page.locator(`label[for="${id}"]`)).toHaveText(word);
      await expect(page.locator(byId(id))).toHaveAttribute('inputmode', 'numeric');
      await expect(page.locator(byId(id))).toHaveAttribute('type', 'text');
    }
    await expect(page.locator('fieldset[role="group"] legend')).toHaveText(await heading(page));
    await expect(page.locator(byId('death_date--hint'))).toContainText('Por exemplo, 27 3 2007');

    await page.locator(byId('death_date')).fill('31');
    await page.locator(byId('death_date--month')).fill('2');
    await page.locator(byId('death_date--year')).fill('2025');
    await continueOn(page, { expectError: true });
    const summary = page.locator('#error-summary');
    await expect(summary).toContainText('A data da morte tem de ser uma data real');
    await expect(page.locator(byId('death_date--error'))).toContainText('data real');
    await summary.locator('a[href="#death_date"]').click();
    await expect(page.locator(byId('death_date'))).toBeFocused();
    // Nothing typed is lost: kept as typed, not as a date.
    expect((await savedState(page)).survivors.death_date).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // A partial date survives a reload, box by box, and says what is missing.
    await page.locator(byId('death_date')).fill('14');
    await page.locator(byId('death_date--month')).fill('3');
    await page.locator(byId('death_date--year')).fill('');
    await page.reload();
    await arrive(page);
    await expect(page.locator(byId('death_date'))).toHaveValue('14');
    await expect(page.locator(byId('death_date--month'))).toHaveValue('3');
    await expect(page.locator(byId('death_date--year'))).toHaveValue('');
    await continueOn(page, { expectError: true });
    await expect(summary).toContainText('A data da morte tem de incluir o ano');
    await summary.locator('a[href="#death_date--year"]').click();
    await expect(page.locator(byId('death_date--year'))).toBeFocused();
    // A two-digit year.
    await page.locator(byId('death_date--year')).fill('25');
    await continueOn(page, { expectError: true });
    await expect(summary).toContainText('4 algarismos');
    // A real date is kept as the engine reads it.
    await page.locator(byId('death_date--year')).fill('2025');
    await continueOn(page);
    expect((await savedState(page)).survivors.death_date).toBe('2025-03-14');
  });

  test("a person's errors name the person and say what to fix", async ({ page, lang }) => {
    await open(page, '#/');
    await fillSurvivorsExample(page, { lang, household: widow(), stopAt: until('#/survivors/people') });
    await page.locator('#add-person').click();
    await arrive(page, { from: '#/survivors/people' });
    await page.locator(byId('people[0].name')).fill('Ana');
    await fillDate(page, 'people[0].birth_date', '1972-02-28');
    await page.locator(byId('people[0].birth_date')).fill('31');
    await continueOn(page, { expectError: true });
    const summary = page.locator('#error-summary');
    await expect(summary).toContainText('Escolha a relação de Ana com a pessoa que morreu');
    await expect(summary).toContainText('A data de nascimento de Ana tem de ser uma data real');
    // No internal id and no bare "answer this question".
    await expect(summary).not.toContainText('p1');
    await expect(summary).not.toContainText('Responda a esta pergunta');
    // The engine's own errors about a person's answer name the person too.
    await page.locator(byId('people[0].relation--spouse')).check();
    await fillDate(page, 'people[0].birth_date', '1972-05-02');
    await fillDate(page, 'people[0].marriage_date', '2026-01-01');
    await continueOn(page, { expectError: true });
    await expect(summary).toContainText('Ana');
    await expect(summary).toContainText('casamento');
    await summary.locator('a[href="#people[0].marriage_date"]').click();
    await expect(page.locator(byId('people[0].marriage_date'))).toBeFocused();
  });
});

test.describe('Back', () => {
  test.use({ locale: 'pt-PT', viewport: { width: 360, height: 740 } });

  test('Back follows the follow-ups and returns to check from a change; Continue after a change returns to check', async ({ page, lang }) => {
    // A spouse and a partner: the spouse's separation is asked only once the partner is listed,
    // after the funeral, and then what is missing about the person who died.
    const household = JSON.parse(readFileSync(resolve(REPO, 'tests/cases/spouse_and_partner.input.json'), 'utf8'));
    household.funeral = { paid_by: 'rosa', amount: '1500.00' };
    delete household.deceased.social_pension_recipient;
    await open(page, '#/');
    const { visited } = await fillSurvivorsExample(page, { lang, household, stopAt: until('#/survivors/check') });
    const more = visited.filter((h) => h.startsWith('#/survivors/more/'));
    expect(more.length, `two follow-up pages after the funeral: ${visited.join(' ')}`).toBeGreaterThanOrEqual(2);

    // From check, Back goes to the last follow-up page, then to the one before it (not the funeral).
    const backTo = async (want) => {
      const from = await hash(page);
      await page.locator('main .back-link').click();
      await arrive(page, { from });
      expect(await hash(page), `Back from ${from}`).toBe(want);
    };
    const i = visited.indexOf('#/survivors/check');
    await backTo(visited[i - 1]);
    await backTo(visited[i - 2]);
    expect(visited[i - 2]).toMatch(/^#\/survivors\/more\//);
    await goTo(page, '#/survivors/check');

    // Every Change link: Back goes to check, and Continue (nothing changed) too.
    const hrefs = [...new Set(await page.locator('#answers-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))];
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) {
      await goTo(page, '#/survivors/check');
      const from = await hash(page);
      await page.locator(`#answers-summary a[href="${href}"]`).first().click();
      await arrive(page, { from });
      expect(await hash(page)).toBe(href);
      await expect(page.locator('main .back-link'), `${href}: Back`).toHaveAttribute('href', '#/survivors/check');
      await continueOn(page);
      expect(await hash(page), `${href}: Continue returns to check`).toBe('#/survivors/check');
    }
  });
});

for (const [locale, width] of [['pt-PT', 320], ['en-GB', 320], ['uk-UA', 320], ['pt-PT', 360]]) {
  test.describe(`check your answers at ${width} px (${locale})`, () => {
    test.use({ locale, viewport: { width, height: 640 } });

    test('a summary list that stacks, grouped per person, no word wider than its box or split', async ({ page, lang }) => {
      await open(page, '#/');
      await fillSurvivorsExample(page, { lang, household: widow(), stopAt: until('#/survivors/check') });
      await expect(page.locator('#answers-summary dl.summary-list')).not.toHaveCount(0);
      // One heading per person (and for the death, the person who died, the funeral).
      const groups = await page.locator('#answers-summary h2').allInnerTexts();
      for (const p of widow().people) expect(groups.some((g) => g.includes(p.name)), `a heading for ${p.name}`).toBe(true);
      // Stacked: question above answer above Change.
      const unstacked = await page.$$eval('.summary-list-row', (rows) =>
        rows
          .map((r) => [...r.children].map((c) => c.getBoundingClientRect()))
          .filter(([k, v, a]) => !(k.bottom <= v.top + 1 && v.bottom <= a.top + 1))
          .length,
      );
      expect(unstacked, 'rows not stacked').toBe(0);
      // Every word fits its box on one line.
      const broken = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('#answers-summary h2, #answers-summary dt, #answers-summary dd')) {
          const box = el.getBoundingClientRect();
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const re = /[^\s\u00a0\u202f]+/g;
            for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
              const range = document.createRange();
              range.setStart(n, m.index);
              range.setEnd(n, m.index + m[0].length);
              const rects = [...range.getClientRects()].filter((r) => r.width > 0);
              const w = range.getBoundingClientRect().width;
              if (rects.length > 1 || w > box.width + 0.5) out.push(`${m[0]} (${Math.round(w)} px in ${Math.round(box.width)} px, ${rects.length} lines)`);
            }
          }
        }
        return out;
      });
      expect(broken, 'words split or wider than their box').toEqual([]);
      // Much shorter than the old three-column table (3 600 px for the whole page at 360 px,
      // about 2 900 px of it the table).
      const [page_, list] = await page.evaluate(() => [document.documentElement.scrollHeight, document.getElementById('answers-summary').getBoundingClientRect().height]);
      console.log(`[flow] check your answers at ${width} px (${lang}): the page ${page_} px tall, the answers ${Math.round(list)} px`);
      expect(list, 'the answers much shorter than the old table').toBeLessThan(2000);
    });
  });
}

// A death that "has happened" cannot be after today: refused on the date page itself, in the
// page's language, and the title says there is an error. Planning ahead accepts it.
for (const [locale, words] of [
  ['pt-PT', 'A data da morte não pode ser depois de hoje'],
  ['en-GB', 'The date of death cannot be after today'],
  ['uk-UA', 'Дата смерті не може бути пізнішою за сьогоднішню дату'],
]) {
  test.describe(`a death date in the future (${locale})`, () => {
    test.use({ locale, viewport: { width: 360, height: 740 } });

    test('is refused on the date page when the death has happened, accepted when planning ahead', async ({ page }) => {
      const next = new Date();
      const year = String(next.getFullYear() + 1);
      for (const [planning, refused] of [['false', true], ['true', false]]) {
        await open(page, '#/survivors');
        await page.locator(byId(`projection--${planning}`)).check();
        await continueOn(page);
        await expect.poll(() => hash(page)).toBe('#/survivors/death-date');
        await page.locator(byId('death_date')).fill('10');
        await page.locator(byId('death_date--month')).fill('1');
        await page.locator(byId('death_date--year')).fill(year);
        await continueOn(page, { expectError: refused });
        if (refused) {
          await expect(page.locator('#error-summary')).toContainText(words);
          await expect(page.locator(byId('death_date--error'))).toContainText(words);
          expect(await hash(page)).toBe('#/survivors/death-date');
          await expectTitle(page, (await page.title()).split(' ')[0] + ' ');
        } else {
          await expect.poll(() => hash(page)).not.toBe('#/survivors/death-date');
        }
      }
    });
  });
}
