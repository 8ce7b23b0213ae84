/*
 * Amparo widget loader for host pages. No dependencies.
 *
 *   <div data-amparo data-tool="survivors" data-lang="pt"></div>
 *   <script src="https://example.gov.pt/ferramentas/amparo/embed.js" async></script>
 *
 * Options (all optional; anything not listed is ignored):
 *   data-tool    survivors | niss                                  (default survivors)
 *   data-lang    pt | en | uk | any language the app has            (default: the page's <html lang>)
 *   data-accent  blue | green | purple | teal | red | black        (default blue)
 *
 * Each placeholder gets an <iframe> of the app (from the folder this script came from) in embed
 * mode. The widget keeps its answers in its own storage; this script never reads or writes
 * them. The only messages it accepts are the widget's height and "a new step began", and only
 * from the widget's own frame at the widget's own origin.
 */
(function () {
  'use strict';
  var self = document.currentScript;
  if (!self || !self.src) return;
  var base = new URL('./', self.src);
  var appOrigin = base.origin;
  var TOOLS = ['survivors', 'niss'];
  var LANGS = ['pt', 'en', 'uk'];
  // A language code the loader does not list yet is passed on as it is (the app falls back to
  // its default for a language it does not have); only the frame's title then reads in English.
  var LANG_CODE = /^[a-z]{2,3}$/;
  var ACCENTS = ['blue', 'green', 'purple', 'teal', 'red', 'black'];
  var TITLES = {
    survivors: { pt: 'Amparo: prestações da Segurança Social depois de uma morte', en: 'Amparo: Social Security benefits after a death', uk: 'Amparo: виплати від Segurança Social після смерті' },
    niss: { pt: 'Amparo: documentos para o NISS', en: 'Amparo: documents for a NISS', uk: 'Amparo: документи для NISS' }
  };
  var MIN_HEIGHT = 320;
  var MAX_HEIGHT = 20000;
  var frames = [];

  function pick(value, allowed, fallback) {
    return allowed.indexOf(value) >= 0 ? value : fallback;
  }

  function hello(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'amparo:hello' }, appOrigin);
  }

  function mount(el) {
    if (el.getAttribute('data-amparo-mounted') === '1') return;
    el.setAttribute('data-amparo-mounted', '1');
    var pageLang = (document.documentElement.getAttribute('lang') || '').slice(0, 2).toLowerCase();
    var tool = pick(el.getAttribute('data-tool'), TOOLS, 'survivors');
    var asked = (el.getAttribute('data-lang') || '').toLowerCase();
    var lang = LANG_CODE.test(asked) ? asked : pick(pageLang, LANGS, 'pt');
    var accent = pick(el.getAttribute('data-accent'), ACCENTS, null);
    var query = 'embed=1&tool=' + tool + '&lang=' + lang + (accent ? '&accent=' + accent : '');

    var frame = document.createElement('iframe');
    frame.src = new URL('index.html?' + query, base).href;
    frame.title = TITLES[tool][lang] || TITLES[tool].en;
    frame.setAttribute('loading', 'lazy');
    // Scripts and its own storage (allow-same-origin is the widget's origin, not the host's);
    // "save a copy", print, and links that open the full site in a new tab.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = '640px';
    frame.addEventListener('load', function () { hello(frame); });
    el.appendChild(frame);
    frames.push(frame);
  }

  function frameOf(source) {
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin) return;
    var frame = frameOf(event.source);
    var data = event.data;
    if (!frame || !data || typeof data !== 'object' || typeof data.type !== 'string') return;
    if (data.type === 'amparo:ready') {
      hello(frame);
    } else if (data.type === 'amparo:height') {
      var h = data.height;
      if (typeof h !== 'number' || !isFinite(h)) return;
      frame.style.height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h))) + 'px';
    } else if (data.type === 'amparo:step') {
      // The widget moved to a new step: bring its top into view if it is above the screen.
      if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
    }
  });

  function mountAll() {
    var els = document.querySelectorAll('[data-amparo]');
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
  // Pages that add the placeholder later (a CMS block, a tab opened) get their widget too.
  if (window.MutationObserver) {
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i++) {
        if (changes[i].addedNodes.length) return mountAll();
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
