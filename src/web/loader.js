// Amparo's loader, inlined into index.html by scripts/post-build.mjs (the CSP allows it by its
// hash). The landing page and the privacy note are plain HTML rendered at build time, one
// <template> per language: shown at once, no engine. A tool's page loads that tool's program
// only (amparo-survivors-… or amparo-niss-…, named on <html data-survivors/data-niss>) with
// that tool's words in the page's language, and shows a retry message, never a blank page, when
// they cannot be fetched.
// The rules it shares with the Rust side are checked by tests/web_loader.rs: which program
// shows a route (forms::program::owner), the storage key and version, and the state's shape.
(function () {
  'use strict';
  var KEY = 'amparo.state';
  var VERSION = 1;
  // The largest answers file read (limits::MAX_INPUT_BYTES).
  var MAX_FILE = 1048576;
  var TOOLS = ['survivors', 'niss'];
  // The question steps (forms::routes::survivors_steps and niss_steps).
  var STEPS = {
    survivors: ['start', 'death-date', 'scheme', 'people', 'funeral'],
    niss: ['start', 'nationality-group', 'has-pt-citizen-card', 'has-pt-address', 'residence-status', 'work-situation',
      'needed-for', 'had-niss-before', 'passport-or-name-changed', 'filed-by', 'filing-for-family-member',
      'wants-combined-service', 'address-changed', 'niss-requested', 'portal-message', 'typed-niss', 'name'],
  };
  var html = document.documentElement;
  var words = JSON.parse(document.getElementById('loader-words').textContent);
  var langs = Object.keys(words);
  var running = null;
  // The language chosen on this page (it holds even where storage refuses to keep it).
  var langOverride = null;

  function parts(hash) {
    return hash.replace(/^#/, '').replace(/^\//, '').split('/').filter(Boolean);
  }

  // The program that shows a route: 'landing', a tool, or 'any' (either tool's program).
  function owner(hash) {
    var p = parts(hash);
    if (p.length === 0 || (p.length === 1 && p[0] === 'privacy')) return 'landing';
    if (TOOLS.indexOf(p[0]) >= 0) return p[0];
    if (p[0] === 'delete' && p.length === 2 && TOOLS.indexOf(p[1]) >= 0) return p[1];
    return 'any';
  }

  function code(value) {
    var primary = String(value || '').split(/[-_]/)[0].toLowerCase();
    return langs.indexOf(primary) >= 0 ? primary : null;
  }

  var query = {};
  location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) query[pair.slice(0, at)] = pair.slice(at + 1);
  });
  var embedded = query.embed === '1' || query.embed === 'true';
  var embedTool = embedded && TOOLS.indexOf(query.tool) >= 0 ? query.tool : null;

  // The saved answers as the app keeps them; null when there are none or they are not of this
  // version (the tool's program then says what happened to them).
  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }
  function readState() {
    var s = storage();
    var raw = null;
    try {
      raw = s && s.getItem(KEY);
    } catch (e) {
      return null;
    }
    if (!raw) return null;
    try {
      var state = JSON.parse(raw);
      return state && typeof state === 'object' && !Array.isArray(state) && state.version === VERSION ? state : null;
    } catch (e) {
      return null;
    }
  }
  function filled(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0;
  }
  function writeState(state) {
    try {
      storage().setItem(KEY, JSON.stringify(state));
      return true;
    } catch (e) {
      return false;
    }
  }
  function emptyState(lang) {
    return { version: VERSION, lang: lang || null, survivors: {}, niss: {}, ticks: [], last_step: null };
  }
  // Nothing stored, or this version's state: the loader may write the language choice.
  function writable() {
    var s = storage();
    try {
      return !!s && (!s.getItem(KEY) || readState() !== null);
    } catch (e) {
      return false;
    }
  }

  function historyState(key) {
    var s = history.state;
    return s && typeof s === 'object' && typeof s[key] === 'string' ? s[key] : null;
  }

  // The person's choice, then (after "delete everything") the language the page was in, then
  // the widget's host page's, then the browser's.
  function chosenLang() {
    var state = readState();
    return langOverride || code(state && state.lang) || code(historyState('amparo_lang')) ||
      (embedded && code(query.lang)) || code(navigator.language) || 'en';
  }

  // Whether a stored step is a page with these answers (forms::routes, less the follow-up pages
  // `more/…`, which only the survivors' engine can tell: those resume at the tool's start).
  function isStep(hash, state) {
    var p = parts(hash);
    var tool = p[0];
    if (!STEPS.hasOwnProperty(tool)) return false;
    var rest = p.slice(1);
    var final = tool === 'survivors' ? 'results' : 'pack';
    if (rest.length === 0) return true;
    if (rest[0] === 'check' || rest[0] === final) return rest.length === 1;
    if (rest[rest.length - 1] === 'change') rest = rest.slice(0, -1);
    if (tool === 'survivors' && rest[0] === 'person' && rest.length === 2 && /^[0-9]{1,9}$/.test(rest[1])) {
      var people = state.survivors && state.survivors.people;
      var person = Array.isArray(people) ? people[Number(rest[1])] : null;
      return !!person && typeof person === 'object' && !Array.isArray(person);
    }
    return rest.length === 1 && STEPS[tool].indexOf(rest[0]) >= 0;
  }

  // "Continue where you left off": the last page of a tool, when it is one (it is data).
  function resumeHref(state) {
    var step = state.last_step;
    if (typeof step === 'string' && step.charAt(0) === '#' && isStep(step, state)) return step;
    return filled(state.survivors) || !filled(state.niss) ? '#/survivors' : '#/niss';
  }

  function showLanding(focus) {
    var lang = chosenLang();
    var page = parts(location.hash)[0] === 'privacy' ? 'privacy' : 'home';
    var template = document.getElementById('landing-' + lang) || document.getElementById('landing-' + langs[0]);
    var root = document.createElement('div');
    root.id = 'landing';
    root.appendChild(template.content.cloneNode(true));
    // One page at a time: one <h1>.
    Array.prototype.forEach.call(root.querySelectorAll('[data-page]'), function (el) {
      if (el.getAttribute('data-page') !== page) el.parentNode.removeChild(el);
    });
    var build = root.querySelector('#build-id');
    if (build) build.appendChild(document.createTextNode(' ' + (html.getAttribute('data-build') || '')));
    var state = readState();
    var resume = root.querySelector('#resume');
    if (resume && state && (filled(state.survivors) || filled(state.niss))) {
      resume.hidden = false;
      root.querySelector('#resume-continue').setAttribute('href', resumeHref(state));
      root.querySelector('#resume-restart').addEventListener('click', function () {
        writeState(emptyState(state.lang));
        resume.hidden = true;
        var h1 = root.querySelector('h1');
        if (h1) h1.focus();
      });
    } else if (resume) {
      resume.parentNode.removeChild(resume);
    }
    Array.prototype.forEach.call(root.querySelectorAll('button[data-lang]'), function (button) {
      button.addEventListener('click', function () {
        var next = button.getAttribute('data-lang');
        if (writable()) {
          var s = readState() || emptyState(null);
          s.lang = next;
          writeState(s);
        }
        langOverride = next;
        showLanding(false);
        var current = document.querySelector('#lang-switch [aria-current]');
        if (current) {
          current.setAttribute('tabindex', '-1');
          current.focus();
        }
        announce(words[next]['lang-switched']);
      });
    });
    // "Open answers from a file": the file is read here and handed, in the history entry of
    // #/open, to the survivors' program, which checks it exactly as on its own #/open page.
    var picker = root.querySelector('#open-answers');
    if (picker) {
      picker.addEventListener('change', function () {
        var file = picker.files && picker.files[0];
        if (!file) return;
        var read = file.size > MAX_FILE ? Promise.resolve(null) : file.text();
        read.then(function (text) {
          history.pushState({ amparo_file: { name: file.name, text: text } }, '', '#/open');
          run('survivors');
        });
      });
    }
    root.querySelector('.skip-link').addEventListener('click', function (ev) {
      ev.preventDefault();
      document.getElementById('main').focus();
    });
    var old = document.getElementById('landing');
    if (old) old.parentNode.replaceChild(root, old);
    else document.body.insertBefore(root, document.body.firstChild);
    html.setAttribute('lang', lang);
    document.title = words[lang]['title-' + page];
    var flash = historyState('amparo_flash');
    var notice = root.querySelector('#done-notice');
    if (flash && notice) {
      var p = document.createElement('p');
      p.className = 'done-title';
      p.textContent = flash;
      notice.appendChild(p);
      var more = historyState('amparo_flash_more');
      if (more) {
        var q = document.createElement('p');
        q.textContent = more;
        notice.appendChild(q);
      }
      // Shown once: a reload does not show it again.
      history.replaceState(null, '', location.href);
      notice.focus();
    } else if (focus) {
      // As on every page of the tools: the heading has the focus, so a screen reader starts
      // there (the skip link comes first on the next Tab).
      var h1 = root.querySelector('h1');
      if (h1) h1.focus();
    }
  }

  function announce(text) {
    var live = document.getElementById('loader-announcer');
    if (live) live.textContent = text;
  }

  function run(tool) {
    running = tool;
    var landing = document.getElementById('landing');
    if (landing) landing.parentNode.removeChild(landing);
    var lang = chosenLang();
    var loading = document.getElementById('loading');
    loading.textContent = '';
    var p = document.createElement('p');
    p.textContent = words[lang].loading;
    loading.appendChild(p);
    loading.hidden = false;
    html.setAttribute('lang', lang);
    var name = './' + html.getAttribute('data-' + tool);
    // The program's code, its wasm and its words in this language are fetched side by side (the
    // program carries no words: a file per tool and language, named on <html data-<tool>-<lang>>).
    var wasm = fetch(name + '_bg.wasm');
    // Its failure is reported by init below (this only keeps it from being "unhandled" when the
    // code's own fetch fails first).
    wasm.catch(function () {});
    var text = fetch('./' + html.getAttribute('data-' + tool + '-' + lang)).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    });
    Promise.all([import(name + '.js'), text])
      .then(function (got) {
        // Taken by the program as it starts (ui::lang::take_handed).
        window.amparoWords = { lang: lang, text: got[1] };
        return got[0].default({ module_or_path: wasm });
      })
      .then(function () {
        loading.parentNode.removeChild(loading);
      })
      .catch(function () {
        loading.textContent = '';
        loading.setAttribute('role', 'alert');
        var says = document.createElement('p');
        says.textContent = words[lang]['load-failed'];
        var retry = document.createElement('button');
        retry.type = 'button';
        retry.id = 'load-retry';
        retry.className = 'button';
        retry.textContent = words[lang]['load-retry'];
        retry.addEventListener('click', function () {
          location.reload();
        });
        loading.appendChild(says);
        loading.appendChild(retry);
        retry.focus();
      });
  }

  function route() {
    var o = owner(location.hash);
    if (running) {
      // Another program's page: a new page load, so two programs never share a page.
      if (o === 'landing' || (o !== 'any' && o !== running)) location.reload();
      return;
    }
    if (embedded) return run(o === 'landing' || o === 'any' ? embedTool || 'survivors' : o);
    if (o === 'landing') return showLanding(true);
    run(o === 'any' ? 'survivors' : o);
  }

  window.addEventListener('hashchange', function () {
    route();
  });
  route();

  // Offline use: once the landing page is up and the browser is idle, the service worker
  // precaches both tools, their rules and every language (a tool's program registers it too).
  if (html.getAttribute('data-sw') === '1' && 'serviceWorker' in navigator && !running) {
    var register = function () {
      navigator.serviceWorker.register('./sw.js').catch(function () {});
    };
    window.addEventListener('load', function () {
      if (window.requestIdleCallback) window.requestIdleCallback(register, { timeout: 5000 });
      else setTimeout(register, 2000);
    });
  }
})();
