// Issue 14: the landing page loads no program; a tool's page loads that tool's program only; a
// program that cannot be fetched gives a message and a way to try again, never a blank page.
import { test, expect, arrive, hash, open } from '../lib/fixtures.mjs';

/** The files this page itself fetched (not the service worker's precache). */
const fetched = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()));
const programs = (files) => files.filter((f) => /^amparo-(survivors|niss)-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(f));
const wordFiles = (files) => files.filter((f) => /^messages-[a-z]+-(survivors|niss)-[0-9a-f]{16}\.json$/.test(f));
/** When the page asked for its words, and when it asked for its wasm and when that came (ms since the page began). */
const timing = (page) => page.evaluate(() => {
  const all = performance.getEntriesByType('resource');
  const words = all.find((e) => /\/messages-[^/]+\.json$/.test(e.name));
  const wasm = all.find((e) => /_bg\.wasm$/.test(e.name));
  return { wordsAsked: words?.startTime, wasmAsked: wasm?.startTime, wasmCame: wasm?.responseEnd };
});

for (const locale of ['pt-PT', 'en-GB', 'uk-UA']) {
  test.describe(locale, () => {
    test.use({ locale, viewport: { width: 360, height: 740 } });

    test('the landing page loads no program; each tool loads only its own', async ({ page, lang }) => {
      await open(page, '#/');
      await page.waitForTimeout(300);
      expect(programs(await fetched(page)), 'no program for the landing page').toEqual([]);
      await expect(page.locator('main h1')).toBeFocused();

      await page.locator('#tool-survivors').click();
      await arrive(page, { from: '#/' });
      const survivors = programs(await fetched(page));
      expect(survivors.some((f) => f.endsWith('_bg.wasm')), 'the survivors program').toBe(true);
      expect(survivors.filter((f) => f.startsWith('amparo-niss')), 'nothing of the NISS tool').toEqual([]);
      // Its words in the page's language only, asked for beside the program, not after it.
      const words = wordFiles(await fetched(page));
      expect(words.length, 'one file of words').toBe(1);
      expect(words[0]).toMatch(new RegExp(`^messages-${lang}-survivors-`));

      // A direct link to the other tool: its program only.
      await page.goto('about:blank');
      await open(page, '#/niss');
      const niss = programs(await fetched(page));
      expect(niss.some((f) => f.startsWith('amparo-niss') && f.endsWith('_bg.wasm')), 'the NISS program').toBe(true);
      expect(niss.filter((f) => f.startsWith('amparo-survivors')), 'nothing of the survivors tool').toEqual([]);
      expect(wordFiles(await fetched(page)), 'the NISS words in this language only').toEqual([expect.stringMatching(new RegExp(`^messages-${lang}-niss-`))]);

      // The widget of one tool loads that tool only.
      for (const [tool, other] of [['niss', 'survivors'], ['survivors', 'niss']]) {
        await page.goto('about:blank');
        await page.goto(`/?embed=1&tool=${tool}`);
        await arrive(page);
        expect(await hash(page)).toBe(`#/${tool}`);
        const widget = programs(await fetched(page));
        expect(widget.some((f) => f.startsWith(`amparo-${tool}`) && f.endsWith('_bg.wasm')), `the ${tool} widget's program`).toBe(true);
        expect(widget.filter((f) => f.startsWith(`amparo-${other}`)), `nothing of the ${other} tool`).toEqual([]);
      }
      await page.goto('about:blank');
      await open(page, '#/niss');

      // Back to the landing page from a tool: the program is left (a page load), the page is HTML.
      await page.locator('.brand').click();
      await page.locator('#landing').waitFor();
      await expect(page.locator('main h1')).toBeFocused();
      expect(await hash(page)).toBe('#/');
    });

    test('a program that cannot be fetched: a message and "try again", never a blank page', async ({ page, guard, lang }) => {
      // As on a phone that lost its connection after the page came.
      guard.setOffline(true);
      await page.route(/_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
      await page.goto('/#/survivors');
      const says = page.locator('#loading[role=alert]');
      await expect(says).toBeVisible();
      await expect(says).toContainText({ pt: 'Não foi possível abrir', en: 'could not be opened', uk: 'Не вдалося відкрити' }[lang]);
      await expect(page.locator('#load-retry')).toBeFocused();
      expect((await page.locator('#load-retry').boundingBox()).height).toBeGreaterThanOrEqual(44);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      // What the browser logged about the refused file is expected here, and only that.
      guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)));

      await page.unroute(/_bg\.wasm$/);
      guard.setOffline(false);
      await page.locator('#load-retry').click();
      await arrive(page);
      expect(await hash(page)).toBe('#/survivors');
      await expect(page.locator('#loading')).toHaveCount(0);
    });

    // A test of its own, in a fresh context: once the service worker is installed its precache
    // answers in well under a millisecond, so "asked before the program came" could not be told
    // from "asked just after". Holding the wasm back for a while makes the difference plain: a
    // loader that waited for the program would ask for the words only after the hold.
    test('the words are asked for beside the program, not after it', async ({ page }) => {
      const hold = 800;
      await page.route(/_bg\.wasm$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, hold));
        await route.continue();
      });
      await page.goto('/#/survivors');
      await arrive(page);
      const t = await timing(page);
      expect(t.wasmCame - t.wasmAsked, 'the wasm was held back').toBeGreaterThanOrEqual(hold);
      expect(t.wordsAsked, 'the words asked for while the program was still coming').toBeLessThan(t.wasmCame - hold / 2);
    });

    // A test of its own: the first one's page installs the service worker, whose precache would
    // answer for the words here.
    test('words that cannot be fetched: the same message and "try again", never a page without words', async ({ page, guard }) => {
      await page.route(/\/messages-[^/]+\.json$/, (route) => route.abort('internetdisconnected'));
      await page.goto('/#/niss');
      const says = page.locator('#loading[role=alert]');
      await expect(says).toBeVisible();
      await expect(page.locator('#load-retry')).toBeFocused();
      guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)));
      await page.unroute(/\/messages-[^/]+\.json$/);
      await page.locator('#load-retry').click();
      await arrive(page);
      expect(await hash(page)).toBe('#/niss');
      await expect(page.locator('#loading')).toHaveCount(0);
    });
  });
}
