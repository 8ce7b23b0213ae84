// Small screens and zoom: both tools from the home page to the results at 320 px wide (the
// narrowest phone WCAG 1.4.10 asks for) and at 200 % zoom of a 1280×800 window (which the page
// sees as a 640×400 viewport at twice the pixel density). On every page checkPage() fails if
// anything is wider than the viewport (sideways scrolling); the results must still match the CLI.
import { test, open } from '../lib/fixtures.mjs';
import { checker, cliNissPack, cliReport, expectPackMatches, expectResultsMatch, fillNissExample, fillSurvivorsExample } from '../lib/flows.mjs';

for (const [what, locale, viewport, deviceScaleFactor] of [
  ['320 px wide', 'pt-PT', { width: 320, height: 640 }, 1],
  ['200 % zoom', 'en-GB', { width: 640, height: 400 }, 2],
  // Cyrillic words are long: both sizes again in Ukrainian.
  ['320 px wide', 'uk-UA', { width: 320, height: 640 }, 1],
  ['200 % zoom', 'uk-UA', { width: 640, height: 400 }, 2],
]) {
  test.describe(`${what} (${locale})`, () => {
    test.use({ locale, viewport, deviceScaleFactor });

    test('survivors: every page fits, results as the CLI says', async ({ page, lang }, testInfo) => {
      await open(page, '#/');
      const { idMap } = await fillSurvivorsExample(page, { lang, onPage: checker(page, testInfo, lang, 'own', { axe: false }) });
      await expectResultsMatch(page, cliReport(), { lang, idMap });
      await checker(page, testInfo, lang, 'own', { axe: false })();
    });

    test('niss: every page fits, the pack as the CLI says', async ({ page, lang }, testInfo) => {
      await open(page, '#/');
      await fillNissExample(page, { lang, onPage: checker(page, testInfo, lang, 'own', { axe: false }) });
      await expectPackMatches(page, cliNissPack(lang), { lang });
      await checker(page, testInfo, lang, 'own', { axe: false })();
    });
  });
}
