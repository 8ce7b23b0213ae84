// The shared test fixtures: every test gets a page whose network requests, page errors and console
// errors are recorded and checked when the test ends, plus helpers to check a page (conventions,
// axe-core, screenshots at both sizes).
import { test as base, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileFor } from './server.mjs';
import { DIST, SCREENSHOTS } from './paths.mjs';

export { expect };

/** axe-core's browser bundle, injected into the page once per document. */
const AXE_SOURCE = createRequire(import.meta.url)('axe-core').source;

export const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
export const STORAGE_KEY = 'amparo.state';

/** Extensions of the app's static files; any other request fails the test. */
export const STATIC_EXT = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.png', '.ico', '.webmanifest']);

/** Console messages that are not the app's fault (the list is the only place to add one). */
const HARMLESS_CONSOLE = [
  // Chromium ignores Trunk's SRI attribute on <link rel=preload>; it still checks the script.
  /integrity attribute .* preload/i,
];

/**
 * Judges one request. Returns null when fine, or why it is not.
 * `sites`: where the app (or, in the widget tests, the mock host page) is served:
 * [{ origin, root, prefix = '/', files = null }]; `files` limits a site to those file names.
 * Allowed: GET, to one of the sites, no query string, the site's folder (index.html) or a file
 * that exists under its root with a static extension. Two query strings are allowed because
 * they carry no answers: the widget's own options on its page (embed, tool, lang, accent) and
 * the service worker's cache-busting revision (__WB_REVISION__) on a static file.
 * blob: URLs of an allowed origin ("save a copy") and data: URLs never touch the network.
 */
export function judgeRequest(sites, method, rawUrl) {
  if (rawUrl.startsWith('data:')) return null;
  if (rawUrl.startsWith('blob:')) {
    return sites.some((s) => rawUrl.startsWith(`blob:${s.origin}/`)) ? null : 'blob URL of another origin';
  }
  let u;
  try {
    u = new URL(rawUrl);
  } catch {
    return 'unparseable URL';
  }
  const matching = sites.filter((s) => s.origin === u.origin && u.pathname.startsWith(s.prefix ?? '/'));
  if (!matching.length) return `request to another origin or outside the app's folder (${u.origin}${u.pathname})`;
  if (method !== 'GET') return `${method} request (only GET of static files is allowed)`;
  const whys = matching.map((site) => judgeOnSite(site, u));
  return whys.includes(null) ? null : whys[0];
}

function judgeOnSite(site, u) {
  const path = u.pathname.slice((site.prefix ?? '/').length - 1);
  const isPage = path === '/' || path === '/index.html';
  const keys = [...u.searchParams.keys()];
  const widgetQuery = isPage && keys.every((k) => ['embed', 'tool', 'lang', 'accent'].includes(k));
  const revision = !isPage && keys.length === 1 && keys[0] === '__WB_REVISION__';
  if (u.search && !widgetQuery && !revision) return 'query string on a request (could carry answers)';
  if (site.files && !site.files.includes(path.replace(/^\//, ''))) return `not a file of this site (${u.pathname})`;
  if (isPage) return null;
  if (!STATIC_EXT.has(extname(path).toLowerCase())) return `not a static file (${u.pathname})`;
  if (!fileFor(site.root, path)) return `not a file of the app (${u.pathname})`;
  return null;
}

export const test = base.extend({
  // The server is started by global-setup.mjs on a free port.
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },

  /** 'pt', 'uk' or 'en', from the browser locale the test asked for (test.use({ locale })). */
  lang: async ({ locale }, use) => {
    const l = locale?.toLowerCase() ?? '';
    await use(l.startsWith('pt') ? 'pt' : l.startsWith('uk') ? 'uk' : 'en');
  },

  /**
   * Records every request of the browser context (pages, workers, popups) and every page
   * error / console error; fails the test at its end if any is not allowed.
   */
  guard: [
    async ({ context, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL).origin;
      const sites = [{ origin, root: DIST, prefix: '/' }];
      const requests = [];
      const problems = [];
      const started = Date.now();
      // "start-up" from a page load's navigation request to its load event; then "after start-up".
      let phase = 'start-up';
      // A test that serves the app elsewhere (a sub-path, a new build, a host page) says so.
      const allow = (site) => sites.push(site);
      // A test that goes offline expects failed requests (e.g. the browser's update check of sw.js).
      let offline = false;
      const setOffline = (on) => (offline = on);
      const state = { requests, problems, allow, setOffline };
      // Content-Security-Policy violations (in every page and frame) fail the test.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
        );
      });
      context.on('request', (req) => {
        const isNav = req.isNavigationRequest();
        if (isNav) phase = 'start-up';
        const entry = {
          t: Date.now() - started,
          phase,
          method: req.method(),
          url: req.url(),
          type: req.resourceType(),
          navigation: isNav,
        };
        requests.push(entry);
        const why = judgeRequest(sites, req.method(), req.url());
        if (why) problems.push(`network (${phase}): ${why}: ${req.method()} ${req.url()}`);
      });
      context.on('response', (res) => {
        const req = res.request();
        const entry = requests.findLast((r) => r.url === req.url() && r.status === undefined);
        if (entry) entry.status = res.status();
        if (res.status() >= 400) problems.push(`network: HTTP ${res.status()} for ${req.url()}`);
      });
      context.on('requestfailed', (req) => {
        const f = req.failure()?.errorText ?? '';
        // A page torn down mid-load (reload, test end) aborts its pending requests: not a fault.
        if (!/ERR_ABORTED/.test(f) && !(offline && /ERR_INTERNET_DISCONNECTED/.test(f))) problems.push(`network: request failed (${f}): ${req.url()}`);
      });
      const watch = (page) => {
        page.on('load', () => (phase = 'after start-up'));
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('console', (m) => {
          if (m.type() === 'error' && !HARMLESS_CONSOLE.some((re) => re.test(m.text()))) {
            problems.push(`console error: ${m.text()} (${m.location()?.url ?? 'no url'})`);
          }
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);

      await use(state);

      // The log of every request, kept on disk (test-results/output/<test>/requests.json).
      const logFile = testInfo.outputPath('requests.json');
      mkdirSync(dirname(logFile), { recursive: true });
      writeFileSync(logFile, JSON.stringify({ sites, requests, problems }, null, 2));
      await testInfo.attach('requests.json', { path: logFile, contentType: 'application/json' });
      expect(problems, `requests, page errors or console errors:\n${problems.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});

/** The location hash as a file-name slug: "#/survivors/person/0" → "survivors-person-0". */
export function slug(hash) {
  const s = hash
    .replace(/^#\/?/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'home';
}

/**
 * Waits until the app shows a page: the location hash differs from `from` (when given) and an
 * <h1> has focus, then two animation frames more so the page has settled (Leptos renders on the
 * microtask queue and the app focuses the heading in a requestAnimationFrame). Leptos may reuse
 * the same <h1> element from one question page to the next, so "a new element" is no sign.
 * If an error summary shows instead, throws with its text (or returns 'error' if expected).
 */
export async function arrive(page, { from = null, expectError = false, timeout = 10_000, focus = true } = {}) {
  const ready = ([from, needFocus]) => {
    const es = document.getElementById('error-summary');
    if (es && es.offsetParent !== null && (from === null || location.hash === from)) return 'error';
    if (from !== null && (location.hash || '#/') === from) return false;
    const a = document.activeElement;
    if (a && a.tagName === 'H1' && a.isConnected) return 'page';
    return !needFocus && document.querySelector('h1') ? 'page' : false;
  };
  let handle;
  try {
    if (!focus) throw new Error("no focus expected (a widget's first page)");
    handle = await page.waitForFunction(ready, [from, true], { timeout: 3_000, polling: 'raf' });
  } catch {
    // No focused heading: wait for any heading, and say the convention was not followed.
    handle = await page.waitForFunction(ready, [from, false], { timeout, polling: 'raf' });
    if (focus) expect.soft(false, `${await hash(page)}: the <h1> did not get focus on arrival`).toBe(true);
  }
  const what = await handle.jsonValue();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (what === 'error' && !expectError) {
    const text = await page.locator('#error-summary').innerText();
    throw new Error(`error summary on ${await hash(page)} instead of the next page:\n${text}`);
  }
  return what;
}

/** Goes to a route by changing the URL (a same-document navigation) and waits for its page. */
export async function goTo(page, h) {
  const from = await hash(page);
  await page.goto(`/${h}`);
  await arrive(page, { from: from === h ? null : from });
}

export const hash = (page) => page.evaluate(() => location.hash || '#/');

/** The saved state (parsed), or null. */
export async function savedState(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/**
 * Checks the page the app shows now against the conventions every page follows (one <h1>
 * with tabindex=-1, <html lang>, the language switch and "delete my answers"; the focus on
 * the <h1> is checked by arrive()),
 * runs axe-core (zero violations), and writes screenshots. Problems are soft failures so one
 * run reports all of them. `sizes`: 'both' (360×740 and 1280×800) or 'own' (the test's viewport).
 */
export async function checkPage(page, testInfo, { lang, name, sizes = 'both', axe = true } = {}) {
  const h = await hash(page);
  const where = `${lang} ${h}`;
  await expect.soft(page.locator('h1'), `${where}: exactly one <h1>`).toHaveCount(1);
  const h1 = page.locator('h1').first();
  await expect.soft(h1, `${where}: <h1 tabindex="-1">`).toHaveAttribute('tabindex', '-1');
  await expect.soft(page.locator('html'), `${where}: <html lang>`).toHaveAttribute('lang', lang);
  await expect.soft(page.locator('#lang-switch'), `${where}: #lang-switch`).toBeVisible();
  await expect.soft(page.locator('#delete-answers'), `${where}: #delete-answers`).toBeVisible();
  // A message missing in the page's language shows as its id: none may be visible.
  const ids = await page.evaluate(() =>
    document.body.innerText.match(/\b(?:language|lang|surv|niss|error|rule|param|note|confidence|format|field|hint|help|nav|choice|results|q)-[a-z0-9_]+(?:-[a-z0-9_]+)*\b/g),
  );
  expect.soft(ids, `${where}: message ids shown instead of words`).toBeNull();

  // Works at this width: nothing wider than the viewport (no sideways scrolling).
  const overflow = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= w) return null;
    const wide = [...document.querySelectorAll('body *')].find((e) => e.getBoundingClientRect().right > w + 1);
    return `${document.documentElement.scrollWidth}px > ${w}px${wide ? ` (first: <${wide.tagName.toLowerCase()}${wide.id ? ` id="${wide.id}"` : ''} class="${wide.className}">)` : ''}`;
  });
  expect.soft(overflow, `${where}: page wider than the viewport`).toBeNull();

  // No word wider than its box or split across lines: a page can fit the viewport while a
  // narrow cell breaks "segurança" into "seguranç a". Every visible word is measured against
  // the block it sits in (a compound may break after its hyphen: "e-" / "mail").
  const broken = await page.evaluate(brokenWords);
  expect.soft(broken, `${where}: words split or wider than their box`).toEqual([]);

  // The tab's title names the page: its heading, with "Erro:"/"Error:" first while the page
  // shows an error summary.
  const [title, heading, hasErrors] = await page.evaluate(() => [
    document.title,
    document.querySelector('h1')?.innerText.trim() ?? '',
    !!document.querySelector('#error-summary'),
  ]);
  expect.soft(title.startsWith(heading) || (hasErrors && title.includes(heading)), `${where}: the title "${title}" names the page "${heading}"`).toBe(true);

  const t0 = Date.now();
  if (axe) await expectNoAxeViolations(page, where);
  const t1 = Date.now();
  await screenshots(page, testInfo, `${lang}-${name ?? slug(h)}`, sizes);
  if (process.env.E2E_PROFILE) console.log(`[profile] ${where}: axe ${t1 - t0} ms, screenshots ${Date.now() - t1} ms`);
}

/** In the page: each visible word that is split over lines or wider than its block. */
function brokenWords() {
  const out = [];
  const blockOf = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const d = getComputedStyle(e).display;
      if (d !== 'inline' && d !== 'contents') return e;
    }
    return document.body;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('script, style, svg, .visually-hidden, [hidden]') || !el.getClientRects().length) continue;
    const box = blockOf(el).getBoundingClientRect();
    if (box.width === 0) continue;
    // A word, or the part of a compound up to its hyphen or dash ("e-", "mail"): a line may
    // break after a hyphen, as print does; never inside the letters of a part.
    const re = /[^\s\u00a0\u202f\-\u2010\u2013\u2014\/]+[-\u2010\u2013\u2014\/]*/g;
    for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (!rects.length) continue;
      const w = range.getBoundingClientRect().width;
      if (rects.length > 1 || w > box.width + 0.5) out.push(`${m[0]} (${Math.round(w)} px in ${Math.round(box.width)} px, ${rects.length} lines)`);
    }
  }
  return out;
}

/**
 * axe-core (all its default rules: WCAG 2.x A/AA and best practices) on the whole page; every
 * violation with its selectors and message. axe is injected once per document (the app is a
 * single page, so once per load) and asked for violations only, which keeps a scan short.
 */
export async function expectNoAxeViolations(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  });
  const lines = violations.flatMap((v) =>
    v.nodes.map((n) => `[${v.impact}] ${v.id}: ${v.help} — ${n.target} — ${String(n.summary).replace(/\s+/g, ' ')}`),
  );
  expect.soft(lines, `axe violations on ${where}:\n${lines.join('\n')}`).toEqual([]);
  return lines;
}

/** Full-page screenshots under screenshots/e2e/, named <name>-<W>x<H>.png. */
export async function screenshots(page, testInfo, name, sizes = 'both') {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const own = page.viewportSize();
  if (sizes === 'none') return;
  const list = sizes === 'both' ? SIZES : [own];
  for (const s of list) {
    const now = page.viewportSize();
    if (s.width !== now.width || s.height !== now.height) await page.setViewportSize(s);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${s.width}x${s.height}.png`), fullPage: true });
  }
  const now = page.viewportSize();
  if (now.width !== own.width || now.height !== own.height) await page.setViewportSize(own);
}

/** Opens the app at a hash (a fresh page load) and waits for its first page. */
export async function open(page, h = '#/') {
  await page.goto(`/${h}`);
  await arrive(page);
}
