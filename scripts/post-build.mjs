#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml). Works on the staging dir of the build that just ran
// ($TRUNK_STAGING_DIR; a directory given as the first argument otherwise) and:
//   0. builds the tools' programs (scripts/build-web.mjs: one wasm per tool, content-named) and
//      names them on <html data-survivors data-niss>; copies in the message files the programs
//      and the loader fetch (messages-<lang>-<tool>-<hash>.json, written by build.rs), found by
//      the names the wasm holds, so the files always belong to this build, and names them on
//      <html data-<tool>-<lang>> for the loader;
//   1. renders the landing page (public/index.html's template) in every language from the
//      compiled messages, and inlines the loader (src/web/loader.js) with its words;
//   2. stamps a build id on <html data-build> (a hash of this build's files, plus
//      $AMPARO_BUILD_LABEL when set), which the footer shows so a caseworker can say which
//      version gave an answer;
//   3. writes the Content-Security-Policy <meta>: no 'unsafe-inline', no 'unsafe-eval', and the
//      inline loader allowed by the sha256 of its exact text;
//   4. release builds only: marks <html data-sw> and writes sw.js with workbox-build, so the
//      precache list holds the real hashed file names of this build.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildPrograms } from './build-web.mjs';
import { languages, renderLanding } from './landing.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('post-build: no TRUNK_STAGING_DIR and no directory argument');
  process.exit(2);
}
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const htmlFile = join(dir, 'index.html');

/** The policy the page runs under. frame-ancestors cannot be set by a <meta>: see README. */
export function policy(scriptHashes) {
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

function files(root) {
  const out = [];
  for (const name of readdirSync(root).sort()) {
    const p = join(root, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

// 0. The programs, and the languages they fetch at run time (build.rs wrote them in OUT_DIR/web).
const MESSAGES = /messages-([a-z]{2,3})-(survivors|niss)-[0-9a-f]{16}\.json/g;
for (const f of readdirSync(dir)) {
  if (/^amparo-(survivors|niss)-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(f) || f.match(MESSAGES)?.[0] === f) unlinkSync(join(dir, f));
}
const { names: programs, outDir } = buildPrograms(dir, release);
// Each file the programs name, with its language and tool.
const wanted = new Map();
for (const w of readdirSync(dir).filter((f) => f.endsWith('.wasm'))) {
  for (const m of readFileSync(join(dir, w)).toString('latin1').matchAll(MESSAGES)) wanted.set(m[0], { lang: m[1], tool: m[2] });
}
for (const f of wanted.keys()) {
  const from = join(outDir, 'web', f);
  if (!existsSync(from)) {
    console.error(`post-build: a program fetches ${f}, but the build did not write it (in ${outDir}/web)`);
    process.exit(1);
  }
  copyFileSync(from, join(dir, f));
}

let html = readFileSync(htmlFile, 'utf8');
if (existsSync(join(dir, 'sw.js'))) unlinkSync(join(dir, 'sw.js'));

// 1. The landing page in every language, the loader, and the programs' names.
html = renderLanding(html, outDir);
html = html.replace(/<html\b/, `<html data-survivors="${programs.survivors}" data-niss="${programs.niss}"`);
// The words the loader fetches beside a tool's program: <html data-<tool>-<lang>="messages-…">.
const words = [...wanted.keys()].sort().map((f) => `data-${wanted.get(f).tool}-${wanted.get(f).lang}="${f}"`);
for (const tool of Object.keys(programs)) {
  for (const lang of languages()) {
    if (![...wanted.values()].some((w) => w.tool === tool && w.lang === lang)) {
      console.error(`post-build: the ${tool} program names no file of its words in ${lang}`);
      process.exit(1);
    }
  }
}
html = html.replace(/<html\b/, `<html ${words.join(' ')}`);

// 2. Build id: every file of the build except the page itself, and the label.
const hash = createHash('sha256');
for (const f of files(dir)) {
  if (f === htmlFile) continue;
  hash.update(relative(dir, f)).update('\0').update(readFileSync(f));
}
hash.update(html).update(process.env.AMPARO_BUILD_LABEL ?? '');
const build = hash.digest('hex').slice(0, 10);

// 3. CSP: the sha256 of each inline script (the loader), as the browser hashes it; a data
// block (type="application/json") is not run, so it needs none.
const inline = [...html.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((s) => createHash('sha256').update(s, 'utf8').digest('base64'));
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}" />`;
html = html.replace(/(<meta charset="?utf-8"?\s*\/?>)/i, `$1\n    ${meta}`);
if (!html.includes('Content-Security-Policy')) {
  console.error('post-build: no <meta charset="utf-8" /> in index.html to put the CSP after');
  process.exit(1);
}
html = html.replace(/<html\b/, `<html data-build="${build}"${release ? ' data-sw="1"' : ''}`);
writeFileSync(htmlFile, html);

// 4. The service worker (release only: a debug build must not leave a worker caching it).
if (release) {
  const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
  const { generateSW } = require('workbox-build');
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: ['**/*.{html,js,wasm,css,svg,png,webmanifest,json}'],
    // embed.js runs on the host's page and the demo page is documentation: neither is the app.
    globIgnores: ['sw.js', 'embed.js', 'embed-demo.html', 'embed-demo.css'],
    swDest: join(dir, 'sw.js'),
    // Content hashes are in these names already (Trunk's CSS, build-web's programs, build.rs's
    // messages).
    dontCacheBustURLsMatching: /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|json)$/,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Every navigation (any query string, e.g. the widget's ?embed=1) gets this build's page.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\/embed-demo\.html$/],
    ignoreURLParametersMatching: [/.*/],
    // A new version waits until the person says "update" (the app posts SKIP_WAITING), so a
    // page never runs with files of two builds; then the old caches go.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const w of warnings) console.warn(`post-build: workbox: ${w}`);
  console.log(`post-build: build ${build}; sw.js precaches ${count} files, ${size} bytes`);
} else {
  console.log(`post-build: build ${build} (debug: no service worker)`);
}
