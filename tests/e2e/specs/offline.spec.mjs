// Issue 6, part 1: offline after one visit, a new deployment picked up safely, and a sub-path
// deployment. Each test serves dist/ from its own server (lib/server.mjs), so switching what
// it serves does not touch other tests; the request guard is told about it (guard.allow).
import { test, expect, arrive, savedState, screenshots } from '../lib/fixtures.mjs';
import { startServer } from '../lib/server.mjs';
import { DIST, DIST_NEXT } from '../lib/paths.mjs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliNissPack, cliReport, expectPackMatches, expectResultsMatch, fillNissExample, fillSurvivorsExample } from '../lib/flows.mjs';

/** Waits until a service worker controls the page (after the first visit's install). */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

const buildOf = (dir) => readFileSync(join(dir, 'index.html'), 'utf8').match(/data-build="([0-9a-f]+)"/)[1];
const programOf = (dir) => readFileSync(join(dir, 'index.html'), 'utf8').match(/data-survivors="?(amparo-survivors-[0-9a-f]+)/)[1];

test('after one visit both tools work offline, on a reload and on a cold start', async ({ page, context, guard, lang }, testInfo) => {
  testInfo.setTimeout(180_000);
  await page.goto('/#/');
  await arrive(page);
  await controlled(page);

  await context.setOffline(true);
  guard.setOffline(true);
  await page.reload();
  await arrive(page);
  const { idMap } = await fillSurvivorsExample(page, { lang });
  await expectResultsMatch(page, cliReport(), { lang, idMap });

  // A cold start: a new page of the same profile, offline from the start.
  const cold = await context.newPage();
  await cold.goto('/#/');
  await arrive(cold);
  await fillNissExample(cold, { lang });
  await expectPackMatches(cold, cliNissPack(lang), { lang });
  await cold.close();
  await context.setOffline(false);
});

test('a new deployment: "a new version" notice, one reload, answers kept, no mixing of builds', async ({ page, guard, lang }, testInfo) => {
  test.skip(!existsSync(join(DIST_NEXT, 'index.html')), `no second build at ${DIST_NEXT} (scripts/test makes it)`);
  testInfo.setTimeout(120_000);
  expect(programOf(DIST_NEXT), 'the second build has other program files').not.toBe(programOf(DIST));
  const server = await startServer(DIST);
  try {
    guard.allow({ origin: server.url, root: DIST });
    await page.goto(`${server.url}/#/`);
    await arrive(page);
    await controlled(page);
    await expect(page.locator('#build-id')).toContainText(buildOf(DIST));
    // Some answers, part way through the survivors' tool.
    await fillSurvivorsExample(page, { lang, stopAt: (h) => h === '#/survivors/people' });
    const before = await savedState(page);
    expect(before.survivors?.death_date, 'answers saved before the update').toBeTruthy();

    // The new deployment replaces the old files on the server.
    guard.allow({ origin: server.url, root: DIST_NEXT });
    server.setRoot(DIST_NEXT);
    const sinceSwitch = server.log.length;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    // The open page says so, and keeps running the old build until the person chooses.
    const notice = page.locator('#update-ready');
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toHaveAttribute('role', 'status');
    await screenshots(page, testInfo, `${lang}-update-ready`, 'own');
    await expect(page.locator('#build-id')).toContainText(buildOf(DIST));
    await page.locator('#update-now').click();
    await page.waitForFunction((b) => document.documentElement.dataset.build === b, buildOf(DIST_NEXT), { timeout: 20_000 });
    await arrive(page);
    await expect(page.locator('#build-id')).toContainText(`${buildOf(DIST_NEXT)} (next)`);
    expect(await page.evaluate(() => location.hash), 'on the same step').toBe('#/survivors/people');
    expect(await savedState(page), 'answers kept').toEqual(before);

    // Not mixed: the page runs the new program, and nothing asked the server for an old file.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(loaded.filter((n) => n.endsWith('.wasm')).map((n) => n.split('/').pop())).toEqual([`${programOf(DIST_NEXT)}_bg.wasm`]);
    const missing = server.log.slice(sinceSwitch).filter((r) => r.status !== 200);
    expect(missing, 'requests for files the new deployment does not have').toEqual([]);
    const workers = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    expect(workers, 'one service worker').toBe(1);
  } finally {
    await server.close();
  }
});

test('served from a sub-path: the tools, the worker and every request stay under it', async ({ page, context, guard, lang }, testInfo) => {
  testInfo.setTimeout(120_000);
  const prefix = '/ferramentas/amparo/';
  const server = await startServer(DIST, { prefix });
  try {
    guard.allow({ origin: server.url, root: DIST, prefix });
    await page.goto(`${server.url}${prefix}#/`);
    await arrive(page);
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    expect(scope).toBe(`${server.url}${prefix}`);
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      const m = await (await fetch(href)).json();
      return { start: new URL(m.start_url, href).href, scope: new URL(m.scope, href).href };
    });
    expect(manifest).toEqual({ start: `${server.url}${prefix}`, scope: `${server.url}${prefix}` });
    const { idMap } = await fillSurvivorsExample(page, { lang });
    await expectResultsMatch(page, cliReport(), { lang, idMap });
    // And offline from the sub-path.
    await context.setOffline(true);
    guard.setOffline(true);
    await page.goto(`${server.url}${prefix}#/niss`);
    await arrive(page);
    await fillNissExample(page, { lang });
    await expectPackMatches(page, cliNissPack(lang), { lang });
    await context.setOffline(false);
    const outside = server.log.filter((r) => !r.path.startsWith(prefix));
    expect(outside, 'requests outside the sub-path').toEqual([]);
  } finally {
    await server.close();
  }
});

test('installable: Chromium finds no manifest error and no installability error', async ({ baseURL, playwright }, testInfo) => {
  // Playwright's usual contexts are incognito, where nothing is installable; a real profile is not.
  const profile = mkdtempSync(join(tmpdir(), 'amparo-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions);
  try {
    const origin = new URL(baseURL).origin;
    const foreign = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(`${origin}/`)) foreign.push(r.url());
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseURL}/#/`);
    await arrive(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors, 'manifest errors').toEqual([]);
    expect(manifest.url).toBe(`${origin}/manifest.webmanifest`);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    expect(foreign, 'requests to another origin').toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
