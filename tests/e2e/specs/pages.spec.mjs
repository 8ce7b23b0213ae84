// (g) axe-core and the page conventions on the pages the flows do not pass through, in both
// languages and at both sizes: home, privacy, an unknown route, a question page showing errors,
// the language switch and the language chosen from the browser's.
import { test, expect, arrive, checkPage, goTo, open, savedState } from '../lib/fixtures.mjs';
import { byId, continueOn, fillDate } from '../lib/flows.mjs';

for (const locale of ['pt-PT', 'en-GB', 'uk-UA']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('home, privacy and the NISS start page', async ({ page, lang }, testInfo) => {
      await open(page, '#/');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await checkPage(page, testInfo, { lang });
      for (const h of ['#/privacy', '#/niss']) {
        await goTo(page, h);
        await checkPage(page, testInfo, { lang });
      }
    });

    test('an unknown route: a page with a way home', async ({ page, lang }, testInfo) => {
      await open(page, '#/');
      await goTo(page, '#/no-such-page');
      await expect(page.locator('main a[href="#/"]')).toBeVisible();
      await checkPage(page, testInfo, { lang });
    });

    test('errors: a summary linking to the field, and the message by the field', async ({ page, lang }, testInfo) => {
      await open(page, '#/survivors/death-date');
      await continueOn(page, { expectError: true });
      const summary = page.locator('#error-summary');
      await expect(summary).toBeVisible();
      await expect(summary).toHaveAttribute('role', 'alert');
      await expect(page.locator(byId('death_date--error'))).toBeVisible();
      // The summary's link takes focus to the field.
      const link = summary.locator('a[href="#death_date"]');
      await expect(link).toHaveCount(1);
      await link.click();
      await expect(page.locator(byId('death_date'))).toBeFocused();
      // The date's group (its three boxes) is described by the error.
      await expect(page.locator(`fieldset:has(${byId('death_date')})`)).toHaveAttribute('aria-describedby', /death_date--error/);
      await checkPage(page, testInfo, { lang, name: 'survivors-death-date-error' });
    });

    test('language switch keeps the answers and sets <html lang>', async ({ page, lang }) => {
      await open(page, '#/survivors/death-date');
      await fillDate(page, 'death_date', '2025-03-14');
      const other = lang === 'pt' ? 'en' : 'pt';
      await page.locator(`#lang-${other}`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator(byId('death_date'))).toHaveValue('14');
      await expect(page.locator(byId('death_date--year'))).toHaveValue('2025');
      expect((await savedState(page)).survivors.death_date).toBe('2025-03-14');
      await page.reload();
      await arrive(page);
      await expect(page.locator('html'), 'the choice is remembered').toHaveAttribute('lang', other);
    });
  });
}

test.describe('another browser language', () => {
  test.use({ locale: 'fr-FR' });
  test('English when the browser prefers neither Portuguese nor English', async ({ page }) => {
    await open(page, '#/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
