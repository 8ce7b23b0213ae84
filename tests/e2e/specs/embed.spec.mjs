// Issue 6, part 2: the widget. The mock gov page (public/embed-demo.html) is served from another
// origin than the app, with the headers the README asks a host of the app to send; both widgets
// are used to the end; the iframes follow their content's height; messages from anyone but the
// widget are ignored; the host page's own storage is untouched.
import { test, expect, arrive, expectNoAxeViolations, screenshots } from '../lib/fixtures.mjs';
import { startServer } from '../lib/server.mjs';
import { DIST } from '../lib/paths.mjs';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliNissPack, cliReport, expectPackMatches, expectResultsMatch, fillNissExample, fillSurvivorsExample } from '../lib/flows.mjs';

/** The headers README.md ("Headers for a host") asks for, with this test's host allowed to frame. */
const appHeaders = (hostOrigin) => ({
  'content-security-policy': `frame-ancestors 'self' ${hostOrigin}`,
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
});

async function frameOf(page, index) {
  const el = page.locator('iframe').nth(index);
  await el.scrollIntoViewIfNeeded(); // loading="lazy": a widget loads when it comes near the screen
  const frame = await (await el.elementHandle()).contentFrame();
  await frame.waitForLoadState();
  await arrive(frame, { focus: false });
  // The widget leaves the focus where it is on the host's page until the person uses it.
  expect(await frame.evaluate(() => document.activeElement?.tagName ?? null), 'no focus taken on load').toMatch(/^(BODY)?$/);
  return { el, frame };
}

/** The iframe's height against the height of what it shows. */
async function heights(el, frame) {
  const outer = await el.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  return { outer, inner };
}

test('the demo page: two widgets used to the end, heights followed, foreign messages ignored, host storage untouched', async ({ page, guard, lang }, testInfo) => {
  testInfo.setTimeout(180_000);
  const hostDir = testInfo.outputPath('host');
  const hostileDir = testInfo.outputPath('hostile');
  mkdirSync(hostDir, { recursive: true });
  mkdirSync(hostileDir, { recursive: true });
  const host = await startServer(hostDir);
  const hostile = await startServer(hostileDir);
  const app = await startServer(DIST, { headers: appHeaders(host.url) });
  try {
    // The demo page as a host would publish it: the loader comes from the app's address.
    const demo = readFileSync(join(DIST, 'embed-demo.html'), 'utf8');
    expect(demo).toContain('<script src="embed.js" async></script>');
    writeFileSync(join(hostDir, 'embed-demo.html'), demo.replace('src="embed.js"', `src="${app.url}/embed.js"`));
    copyFileSync(join(DIST, 'embed-demo.css'), join(hostDir, 'embed-demo.css'));
    // A page of another origin that tries to resize the widgets and to talk to them.
    writeFileSync(
      join(hostileDir, 'hostile.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><script>
        for (let i = 0; i < 5; i++) setTimeout(() => {
          parent.postMessage({ type: 'amparo:height', height: 4321 }, '*');
          for (let f = 0; f < parent.frames.length; f++) parent.frames[f].postMessage({ type: 'amparo:hello' }, '*');
        }, i * 50);
      </script></body></html>`,
    );
    guard.allow({ origin: app.url, root: DIST });
    guard.allow({ origin: host.url, root: hostDir, files: ['embed-demo.html', 'embed-demo.css'] });
    guard.allow({ origin: hostile.url, root: hostileDir, files: ['hostile.html'] });

    await page.goto(`${host.url}/embed-demo.html`);
    await page.evaluate(() => localStorage.setItem('host.note', 'the host page’s own data'));
    await expect(page.locator('iframe')).toHaveCount(2);
    for (const f of await page.locator('iframe').all()) {
      await expect(f).toHaveAttribute('title', /Amparo/);
      await expect(f).toHaveAttribute('loading', 'lazy');
      const sandbox = (await f.getAttribute('sandbox')).split(' ');
      expect(sandbox).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin']));
      expect(sandbox.filter((s) => s.startsWith('allow-top-navigation'))).toEqual([]);
    }
    await expectNoAxeViolations(page, 'the demo page');

    // Widget 1: survivors, Portuguese, opens on its tool, no site header or footer.
    const one = await frameOf(page, 0);
    expect(await one.frame.evaluate(() => location.hash)).toBe('#/survivors');
    await expect(one.frame.locator('html')).toHaveAttribute('lang', 'pt');
    await expect(one.frame.locator('.site-header, .site-footer')).toHaveCount(0);
    await expect(one.frame.locator('#lang-switch')).toBeVisible();
    await expect(one.frame.locator('#delete-answers')).toBeVisible();
    await expect(one.frame.locator('#embed-privacy')).toHaveAttribute('target', '_blank');
    // The widget's first page has no Back link out to the whole site.
    await expect(one.frame.locator('.back-link'), 'no Back on the widget first page').toHaveCount(0);
    const { idMap } = await fillSurvivorsExample(one.frame, { lang: 'pt' });
    await expectResultsMatch(one.frame, cliReport(), { lang: 'pt', idMap });
    await expect.poll(async () => {
      const h = await heights(one.el, one.frame);
      return Math.abs(h.outer - h.inner);
    }, { message: 'the iframe is as tall as the results' }).toBeLessThanOrEqual(2);
    const tall = (await heights(one.el, one.frame)).outer;
    expect(tall, 'the results are taller than the first page').toBeGreaterThan(700);
    await expectNoAxeViolations(one.frame, 'widget 1 (survivors) results');
    await screenshots(page, testInfo, `${lang}-embed-demo-survivors-results`, 'own');

    // Foreign messages: the host page itself and a frame of a third origin try to resize.
    await page.evaluate(() => window.postMessage({ type: 'amparo:height', height: 4321 }, '*'));
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'another site';
      document.body.appendChild(f);
    }, `${hostile.url}/hostile.html`);
    await page.waitForTimeout(600);
    expect((await heights(one.el, one.frame)).outer, 'height unchanged by foreign messages').toBe(tall);

    // Widget 2: NISS, English, green accent.
    const two = await frameOf(page, 1);
    expect(await two.frame.evaluate(() => location.hash)).toBe('#/niss');
    await expect(two.frame.locator('html')).toHaveAttribute('lang', 'en');
    await expect(two.frame.locator('html')).toHaveClass(/accent-green/);
    await expect(two.frame.locator('.back-link'), 'no Back on the widget first page').toHaveCount(0);
    await fillNissExample(two.frame, { lang: 'en' });
    await expectPackMatches(two.frame, cliNissPack('en'), { lang: 'en' });
    await expect.poll(async () => {
      const h = await heights(two.el, two.frame);
      return Math.abs(h.outer - h.inner);
    }, { message: 'the iframe is as tall as the pack' }).toBeLessThanOrEqual(2);
    await expectNoAxeViolations(two.frame, 'widget 2 (NISS, green) pack');
    await screenshots(page, testInfo, `${lang}-embed-demo-niss-pack`, 'own');

    // A placeholder the host adds later (a CMS block, a tab) gets its widget too.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.setAttribute('data-amparo', '');
      d.setAttribute('data-tool', 'niss');
      d.id = 'late';
      document.querySelector('main').appendChild(d);
    });
    await expect(page.locator('#late iframe')).toHaveAttribute('src', /index\.html\?embed=1&tool=niss&lang=pt$/);

    // Storage: the host page sees only its own key; the widget keeps its answers in its own.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['host.note']);
    expect(await one.frame.evaluate(() => Object.keys(localStorage))).toContain('amparo.state');
  } finally {
    await Promise.all([app.close(), host.close(), hostile.close()]);
  }
});

test('every allowed accent colour keeps the widget accessible (axe, contrast included); others are ignored', async ({ page }) => {
  const accents = readFileSync(join(DIST, 'embed.js'), 'utf8').match(/ACCENTS = \[([^\]]*)\]/)[1].match(/'([a-z]+)'/g).map((a) => a.slice(1, -1));
  expect(accents.length).toBeGreaterThan(1);
  for (const accent of [...accents, 'hotpink']) {
    await page.goto(`/index.html?embed=1&tool=survivors&lang=pt&accent=${accent}`);
    await arrive(page, { focus: false });
    const classes = await page.evaluate(() => document.documentElement.className);
    if (accent === 'hotpink') expect(classes).not.toContain('accent-');
    else expect(classes).toContain(`accent-${accent}`);
    await expectNoAxeViolations(page, `accent ${accent}`);
  }
});
