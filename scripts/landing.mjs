// The landing page, rendered at build time (called by scripts/post-build.mjs): public/index.html's
// <template id="landing-template"> once per language, from the messages build.rs compiled
// (OUT_DIR/messages-<lang>.json), so the first page needs no engine. `{{message-id}}` is the
// message in that language, `{{languages}}` the language list (GOV.UK's switcher: the current
// language marked, the others buttons), `{{translation-note}}` the note of an unreviewed
// translation. Then the loader (src/web/loader.js) is inlined with the few words it says itself.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The languages, in the order of `LOCALES` in src/i18n/mod.rs (the first is the default). */
export function languages() {
  const src = readFileSync(join(repo, 'src/i18n/mod.rs'), 'utf8');
  const line = src.match(/pub static LOCALES: &\[Locale\] = &\[([^\]]*)\]/);
  if (!line) throw new Error('landing: no LOCALES in src/i18n/mod.rs');
  return [...line[1].matchAll(/locale!\("([a-z]{2,3})"\)/g)].map((m) => m[1]);
}

/** The words the loader says itself (it runs before any program). */
export const LOADER_WORDS = ['loading', 'load-failed', 'load-retry', 'lang-switched'];

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A compiled message (build.rs's form) as plain text: text, references, and the given variables. */
function text(messages, id, vars = {}, depth = 0) {
  const pattern = messages[id];
  if (!pattern || depth > 8) throw new Error(`landing: no message ${id}`);
  return pattern.map((p) => {
    if (typeof p === 'string') return p;
    if (p.r) return text(messages, p.r, vars, depth + 1);
    if (p.v && p.v in vars) return vars[p.v];
    throw new Error(`landing: ${id} needs what the landing page cannot give (${JSON.stringify(p)})`);
  }).join('');
}

export function renderLanding(html, outDir) {
  const langs = languages();
  const all = Object.fromEntries(langs.map((l) => [l, JSON.parse(readFileSync(join(outDir, `messages-${l}.json`), 'utf8'))]));
  const found = html.match(/<template id="?landing-template"?>([\s\S]*?)<\/template>/);
  if (!found) throw new Error('landing: no <template id="landing-template"> in index.html (run on Trunk\'s output)');
  const render = (lang) => found[1].replace(/\{\{([a-z0-9_.-]+)\}\}/g, (_, id) => {
    const m = all[lang];
    if (id === 'languages') {
      const items = langs.map((l) => {
        const name = escape(text(all[l], 'language-name'));
        return l === lang
          ? `<li><span class="lang-current" aria-current="true" lang="${l}">${name}</span></li>`
          : `<li><button type="button" id="lang-${l}" class="link-button" lang="${l}" data-lang="${l}">${name}</button></li>`;
      }).join('');
      return `<nav id="lang-switch" class="lang-switch" aria-label="${escape(text(m, 'lang-switch'))}"><ul>${items}</ul></nav>`;
    }
    if (id === 'translation-note') {
      return text(m, 'language-reviewed') === 'yes' ? '' : `<p id="translation-note">${escape(text(m, 'language-unreviewed-note'))}</p>`;
    }
    return escape(text(m, id));
  });
  const templates = langs.map((l) => `<template id="landing-${l}">${render(l)}</template>`).join('\n');
  // What shows before the loader runs, and without JavaScript: the first page in the default
  // language (one page, so one <h1>).
  const live = render(langs[0]).replace(/<div data-page="?privacy"?>[\s\S]*?<\/div>/, '');
  const words = Object.fromEntries(langs.map((l) => [l, {
    ...Object.fromEntries(LOADER_WORDS.map((id) => [id, text(all[l], id)])),
    'title-home': text(all[l], 'home-title'),
    'title-privacy': text(all[l], 'page-title', { title: text(all[l], 'privacy-title') }),
  }]));
  // The loader as written, less its comment lines (its hash goes in the CSP).
  const loader = readFileSync(join(repo, 'src/web/loader.js'), 'utf8').split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');
  const json = JSON.stringify(words).replace(/</g, '\\u003c');
  return html
    .replace(found[0], () => `<div id="landing">${live}</div>\n${templates}`)
    .replace(/<\/body>/, () => `<script type="application/json" id="loader-words">${json}</script>\n<script>${loader}</script>\n</body>`);
}
