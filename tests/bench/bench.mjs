// Measures what a first visit costs, page by page, on the release build in dist/:
//   - the critical path: every byte the page fetches until it can be used (its heading shown
//     and the network quiet), as sent gzip-compressed and as sent brotli-compressed, with the
//     service worker blocked (its background precache is not on the critical path);
//   - Lighthouse's mobile preset (simulated slow 4G, 4x CPU): performance score, LCP, TBT and
//     time to interactive, median of RUNS (default 3), files served gzip-compressed.
//   - the total the service worker precaches after the first visit (raw and gzip).
// Both servers listen on 127.0.0.1 only.
// Usage: node tests/bench/bench.mjs [--no-lighthouse] [--budgets]
//   --budgets  bytes only, and fails when a page's critical path (gzip) is over its ceiling in
//              BUDGETS (what ./scripts/test checks: bytes are deterministic, timings are not).
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync, mkdtempSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, normalize, resolve, sep, extname, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const DIST = resolve(REPO, 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const require = createRequire(resolve(REPO, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const { MIME } = await import(resolve(REPO, 'tests/e2e/lib/server.mjs'));

/** [name, path, the browser's language]: Portuguese, the language most visitors read; English
 *  too, the language of most of the NISS tool's foreign residents. */
export const PAGES = [
  ['landing', '/#/', 'pt-PT'],
  ['survivors: first question', '/#/survivors', 'pt-PT'],
  ['NISS: first question', '/#/niss', 'pt-PT'],
  ['widget (survivors)', '/?embed=1&tool=survivors&lang=pt', 'pt-PT'],
  ['survivors: first question, in English', '/#/survivors', 'en-GB'],
  ['NISS: first question, in English', '/#/niss', 'en-GB'],
];

/** Critical-path ceilings, gzip bytes, checked by ./scripts/test. `target` is issue 14's budget;
 *  `ceiling` is what is enforced: the target where it is met, otherwise the bytes last measured
 *  (plus 2%), so nothing grows while the target is still out of reach. */
export const BUDGETS = {
  landing: { target: 60 * 1024, ceiling: 60 * 1024 },
  // Measured 2026-12-03 once the words had left the programs (the loader fetches them beside
  // the program) and terser minified the glue: 413,349, 375,634 and 413,555 B; in English
  // 412,188 and 374,196 B. The ceilings are those plus 2 %.
  'survivors: first question': { target: 150 * 1024, ceiling: 421_600 },
  'NISS: first question': { target: 150 * 1024, ceiling: 383_100 },
  'widget (survivors)': { target: 150 * 1024, ceiling: 421_800 },
  'survivors: first question, in English': { target: 150 * 1024, ceiling: 420_400 },
  'NISS: first question, in English': { target: 150 * 1024, ceiling: 381_600 },
};

/** A static server for dist/ that sends every file compressed with `encoding` (gzip | br). */
function serve(encoding) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const full = normalize(join(DIST, path.endsWith('/') ? path + 'index.html' : path));
    if (!full.startsWith(DIST + sep) || !existsSync(full) || !statSync(full).isFile()) {
      res.writeHead(404).end();
      return;
    }
    if (!cache.has(full)) {
      const raw = readFileSync(full);
      cache.set(full, encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 }));
    }
    res.writeHead(200, {
      'content-type': MIME[extname(full)] ?? 'application/octet-stream',
      'content-encoding': encoding,
      'content-length': cache.get(full).length,
      'cache-control': 'no-cache',
    });
    res.end(cache.get(full));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Bytes on the wire until the page is usable: its <h1> shown and no request for 500 ms. */
async function criticalBytes(browser, origin, path, locale) {
  // A phone in `locale`: the page fetches the tool's words in that language.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 }, locale });
  const page = await context.newPage();
  let bytes = 0;
  const files = [];
  page.on('response', async (r) => {
    // What the server sent: the compressed length (the body Playwright hands back is decoded).
    const size = Number((await r.allHeaders())['content-length'] ?? 0);
    bytes += size;
    files.push(`${new URL(r.url()).pathname} ${size}`);
  });
  await page.goto(origin + path);
  await page.locator('h1').first().waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return { bytes, files };
}

/** One Lighthouse run. Asynchronous: the servers answer from this same process. */
async function lighthouse(url, locale) {
  const dir = mkdtempSync(join(tmpdir(), 'amparo-lh-'));
  const out = join(dir, 'report.json');
  const bin = resolve(HERE, 'node_modules/.bin/lighthouse');
  await promisify(execFile)(bin, [url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet',
    `--chrome-path=${CHROMIUM}`, `--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --accept-lang=${locale}`], { maxBuffer: 1 << 26 });
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const a = r.audits;
  return {
    score: Math.round((r.categories.performance.score ?? 0) * 100),
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    tti: a.interactive.numericValue,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

const budgets = process.argv.includes('--budgets');
const withLighthouse = !process.argv.includes('--no-lighthouse') && !budgets;
const gz = await serve('gzip');
const br = await serve('br');
const gzOrigin = `http://127.0.0.1:${gz.address().port}`;
const brOrigin = `http://127.0.0.1:${br.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const rows = [];
for (const [name, path, locale] of PAGES) {
  const g = await criticalBytes(browser, gzOrigin, path, locale);
  const b = budgets ? { bytes: 0 } : await criticalBytes(browser, brOrigin, path, locale);
  const row = { name, gzip: g.bytes, br: b.bytes, files: g.files };
  if (withLighthouse) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(gzOrigin + path, locale));
    row.score = median(runs.map((r) => r.score));
    row.lcp = median(runs.map((r) => r.lcp));
    row.tbt = median(runs.map((r) => r.tbt));
    row.tti = median(runs.map((r) => r.tti));
  }
  rows.push(row);
}
await browser.close();
gz.close();
br.close();

console.log(`| page | critical path gzip | brotli |${withLighthouse ? ` Lighthouse mobile (median of ${RUNS}) | LCP | TBT | TTI |` : ''}`);
console.log(`|---|---|---|${withLighthouse ? '---|---|---|---|' : ''}`);
for (const r of rows) {
  const lh = withLighthouse ? ` ${r.score} | ${s(r.lcp)} | ${Math.round(r.tbt)} ms | ${s(r.tti)} |` : '';
  console.log(`| ${r.name} | ${r.gzip} B (${kb(r.gzip)}) | ${r.br} B (${kb(r.br)}) |${lh}`);
}
if (process.env.BENCH_FILES) for (const r of rows) console.log(`\n${r.name}:\n  ${r.files.join('\n  ')}`);

// What the service worker precaches (scripts/post-build.mjs: everything but sw.js, the host
// page's embed.js and the embed demo).
const precached = (function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
})(DIST).filter((f) => !/(^|\/)(sw\.js|embed\.js|embed-demo\.(html|css))$/.test(f));
const raw = precached.reduce((n, f) => n + statSync(f).size, 0);
const zipped = precached.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
console.log(`\nprecached after the first visit: ${precached.length} files, ${raw} B raw (${kb(raw)}), ${zipped} B gzip (${kb(zipped)})`);

if (budgets) {
  let over = 0;
  for (const r of rows) {
    const b = BUDGETS[r.name];
    const met = r.gzip <= b.target ? 'target met' : `target ${kb(b.target)} not met`;
    const ok = r.gzip <= b.ceiling;
    if (!ok) over++;
    console.log(`budget ${ok ? 'ok  ' : 'OVER'} ${r.name}: ${r.gzip} B gzip, ceiling ${b.ceiling} B (${met})`);
  }
  if (over) process.exit(1);
}
