// Small screens and zoom: both tools from the home page to the results at 320 px wide (the
// narrowest phone WCAG 1.4.10 asks for) and 360 px (the commonest cheap Android phone), in every
// language, and at 200 % zoom of a 1280×800 window (which the page sees as a 640×400 viewport at
// twice the pixel density). On every page checkPage() fails if anything is wider than the viewport
// (sideways scrolling), if a word is split or wider than its box, if the title does not name the
// page, or if axe finds a violation; the results must still match the CLI.
import { test, open } from '../lib/fixtures.mjs';
import { checker, cliNissPack, cliReport, expectPackMatches, expectResultsMatch, fillNissExample, fillSurvivorsExample } from '../lib/flows.mjs';

const PHONES = ['pt-PT', 'en-GB', 'uk-UA'].flatMap((locale) => [
  ['320 px wide', locale, { width: 320, height: 640 }, 1],
  ['360 px wide', locale, { width: 360, height: 740 }, 1],
]);
for (const [what, locale, viewport, deviceScaleFactor] of [
  ...PHONES,
  ['200 % zoom', 'en-GB', { width: 640, height: 400 }, 2],
  // Cyrillic words are long: zoomed again in Ukrainian.
  ['200 % zoom', 'uk-UA', { width: 640, height: 400 }, 2],
]) {
  test.describe(`${what} (${locale})`, () => {
    test.use({ locale, viewport, deviceScaleFactor });

    test('survivors: every page fits, results as the CLI says', async ({ page, lang }, testInfo) => {
      await open(page, '#/');
      const { idMap } = await fillSurvivorsExample(page, { lang, onPage: checker(page, testInfo, lang, 'own', {}) });
      await expectResultsMatch(page, cliReport(), { lang, idMap });
      await checker(page, testInfo, lang, 'own', {})();
    });

    test('niss: every page fits, the pack as the CLI says', async ({ page, lang }, testInfo) => {
      await open(page, '#/');
      await fillNissExample(page, { lang, onPage: checker(page, testInfo, lang, 'own', {}) });
      await expectPackMatches(page, cliNissPack(lang), { lang });
      await checker(page, testInfo, lang, 'own', {})();
    });
  });
}
