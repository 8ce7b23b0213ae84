// (a) The survivors' tool from the home page to the results, in Portuguese and in English, at
// 360×740 and 1280×800; the amounts on the results page equal the CLI's for the same household.
// Every page on the way: conventions, axe-core (zero violations), a screenshot.
import { readFileSync } from 'node:fs';
import { test, expect, open, screenshots, SIZES } from '../lib/fixtures.mjs';
import { checker, cliReport, expectResultsMatch, fillSurvivorsExample, formatMoney } from '../lib/flows.mjs';

for (const locale of ['pt-PT', 'en-GB', 'uk-UA']) {
  for (const viewport of SIZES) {
    test.describe(`${locale} ${viewport.width}x${viewport.height}`, () => {
      test.use({ locale, viewport });

      test('survivors: start to results, amounts equal the CLI', async ({ page, lang }, testInfo) => {
        await open(page, '#/');
        const { visited, idMap } = await fillSurvivorsExample(page, { lang, onPage: checker(page, testInfo, lang, 'own') });
        testInfo.annotations.push({ type: 'pages', description: visited.join(' ') });
        await expectResultsMatch(page, cliReport(), { lang, idMap });
        // People are named, never shown by the app's internal ids (e.g. who paid the funeral).
        const cells = (await page.locator('main td, main dd').allInnerTexts()).map((t) => t.trim());
        const ids = new Set(Object.values(idMap));
        expect.soft(cells.filter((t) => ids.has(t)), 'answers showing an internal person id').toEqual([]);

        // Switching language keeps the answers: the same amounts, formatted the other way.
        const other = lang === 'pt' ? 'en' : 'pt';
        await page.locator(`#lang-${other}`).click();
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        await expectResultsMatch(page, cliReport(), { lang: other, idMap });

        if (lang === 'pt' && viewport.width === 1280) {
          // Print-friendly: the print stylesheet, answers included (a screenshot to look at).
          await page.emulateMedia({ media: 'print' });
          await screenshots(page, testInfo, `${other}-survivors-results-print`, 'own');
          await page.emulateMedia({ media: 'screen' });
          // "Save a copy" is made in the browser (the request guard sees no network).
          // ASSUMPTION (not in the shared conventions): the button is #save-copy.
          const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-copy').click()]);
          const text = readFileSync(await download.path(), 'utf8');
          const first = cliReport().benefits.find((b) => b.awards?.length)?.awards[0];
          expect(text.replace(/[\s\u00a0\u202f]+/g, ' '), 'the copy has the amounts').toContain(formatMoney(other, first.amount));
        }
      });
    });
  }
}
