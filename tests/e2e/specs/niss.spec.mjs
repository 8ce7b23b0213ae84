// (h) NISS document-pack advisor: a flow from the home page to the pack, in both languages at
// 360×740 and 1280×800,
// compared with the CLI's pack for the same answers; ticks are saved; a typed NISS is checked
// when the person leaves the field. Selectors beyond the shared conventions are listed as
// ASSUMPTIONS at the NISS part of lib/flows.mjs.
import { test, expect, arrive, checkPage, open, savedState, SIZES } from '../lib/fixtures.mjs';
import { byId, checker, cliNissCheck, cliNissPack, expectPackMatches, fillNissExample, tabTo } from '../lib/flows.mjs';

for (const [locale, viewport] of ['pt-PT', 'en-GB', 'uk-UA'].flatMap((l) => SIZES.map((s) => [l, s]))) {
  test.describe(`${locale} ${viewport.width}x${viewport.height}`, () => {
    test.use({ locale, viewport });

    test('niss: start to the pack, as the CLI says', async ({ page, lang }, testInfo) => {
      await open(page, '#/');
      const { visited } = await fillNissExample(page, { lang, onPage: checker(page, testInfo, lang, 'own') });
      testInfo.annotations.push({ type: 'pages', description: visited.join(' ') });
      const pack = cliNissPack(lang);
      await expectPackMatches(page, pack, { lang });

      // Ticks are saved: tick the first document, reload, still ticked.
      const first = pack.documents[0].id;
      const box = page.locator(`li.doc[data-id="${first}"] input[type=checkbox]`);
      await box.check();
      await page.reload();
      await arrive(page);
      await expect(box, 'tick kept after a reload').toBeChecked();
      expect((await savedState(page)).ticks).toContain(first);
    });

    test('niss: a typed NISS is checked when leaving the field', async ({ page, lang }, testInfo) => {
      const check = cliNissCheck(lang);
      await open(page, '#/niss/typed-niss');
      await page.locator(byId('typed_niss')).focus();
      await page.keyboard.type(check.typed);
      await tabTo(page, `:not(${byId('typed_niss')})`); // leave the field with Tab
      const shown = page.locator(byId('typed_niss--check'));
      await expect(shown).toContainText(check.message.text);
      await expect(page.locator(byId('typed_niss'))).toHaveAttribute('aria-describedby', /typed_niss--check/);
      await checkPage(page, testInfo, { lang, name: 'niss-typed-niss-checked' });
    });
  });
}
