// Seeded answers for the results and storage specs (issue 13): the README example as the form
// holds it, stored before the app's first load, and the confirmation every action ends on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, arrive, hash, STORAGE_KEY } from './fixtures.mjs';
import { example } from './flows.mjs';
import { REPO } from './paths.mjs';

export const VERSION = readFileSync(join(REPO, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
/** The README example as the form holds it; its people keep their ids (ana, rui, eva). */
export const survivorsForm = () => ({ projection: false, ...example() });
export const nissForm = () => ({ nationality_group: 'other', name: 'Olena' });
export const identity = { ana: 'ana', rui: 'rui', eva: 'eva' };

/** Stores `state` under the app's key before the first load of this page (not on reloads). */
export async function seed(page, state) {
  await page.addInitScript(
    ([key, v]) => {
      if (!sessionStorage.getItem('e2e-seeded')) {
        sessionStorage.setItem('e2e-seeded', '1');
        localStorage.setItem(key, v);
      }
    },
    [STORAGE_KEY, JSON.stringify({ version: 1, ...state })],
  );
}

/** Replaces the stored answers and shows their results (a reload reads them). */
export async function showResults(page, survivors) {
  // On the results page first (the app saves its in-memory answers on a change of page), then
  // the stored answers replaced and read by a reload.
  await page.goto('/#/survivors/results');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify({ version: 1, survivors })]);
  await page.reload();
  await arrive(page);
  expect(await hash(page)).toBe('#/survivors/results');
}

export const rawState = (page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);

/** Waits for the confirmation of what just happened: shown on `route`, with the focus. */
export async function expectDone(page, route, text) {
  // The confirmation may come with a page load (the landing page, or the other tool's program):
  // while the page is replaced there is no hash to read yet.
  const where = () => hash(page).catch(() => 'loading');
  await expect.poll(where, { message: `on ${route}` }).toBe(route);
  const done = page.locator('#done-notice');
  await expect(done, 'the confirmation is visible').toBeVisible();
  await expect(done).toHaveAttribute('role', 'status');
  if (text) await expect(done).toContainText(text);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: 'the focus is on the confirmation' }).toBe('done-notice');
}

