// (f) Keyboard only: from the home page to the results with Tab, arrows, Space, Enter and
// typing; the heading takes focus on every page, and buttons and links show a visible focus.
import { test, open } from '../lib/fixtures.mjs';
import { checker, cliReport, expectResultsMatch, fillSurvivorsExample } from '../lib/flows.mjs';

test.use({ locale: 'pt-PT', viewport: { width: 1280, height: 800 } });

test('survivors: keyboard only, start to results', async ({ page, lang }, testInfo) => {
  await open(page, '#/');
  const { idMap } = await fillSurvivorsExample(page, {
    lang,
    keyboard: true,
    onPage: checker(page, testInfo, lang, 'none', { axe: false }),
  });
  await expectResultsMatch(page, cliReport(), { lang, idMap });
});
