// Runs inline in index.html, before the page is first painted: it decides the language and the look, and
// puts the prerendered view of that language (or the heading of the view in the address) in the layer, so
// nobody sees bokmål or the light look flash first. The build inlines it and allows exactly this script by
// its hash in the page's Content-Security-Policy (cmake/inline_start.mjs). glue.js reads what it decided
// from window.LN_START.
(() => {
  // web/platform/page_abi.json's catalog.languages, desk.route and start.route (the build checks that they are
  // the same).
  const LANGUAGES = ['nb', 'nn', 'en'];
  const DESK_ROUTE = '#/mottak';
  const START_ROUTE = '#/avgift';
  const LANG_KEY = 'ln-lang';
  const THEME_KEY = 'ln-theme';
  const $ = (id) => document.getElementById(id);
  const stored = (key) => { try { return localStorage.getItem(key); } catch (e) { return null; } };
  // A language tag as the app speaks it: nb and no are bokmål, nn nynorsk, en English; others none.
  const spoken = (tag) => {
    const t = String(tag || '').toLowerCase();
    if (LANGUAGES.includes(t)) return t;
    const base = t.split('-')[0];
    if (base === 'no' || base === 'nb') return 'nb';
    return LANGUAGES.includes(base) ? base : null;
  };
  // ?lang= in the address wins («NN», «nn-NO» too); else the one chosen on this device before; else the
  // first of the browser's languages the app speaks; else bokmål. A ?lang= the app does not speak is
  // taken out of the address.
  const language = (() => {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked !== null) {
      if (spoken(asked)) return spoken(asked);
      const url = new URL(location.href);
      url.searchParams.delete('lang');
      history.replaceState(history.state, '', url);
    }
    const chosen = stored(LANG_KEY);
    if (LANGUAGES.includes(chosen)) return chosen;
    for (const tag of navigator.languages || [navigator.language]) if (spoken(tag)) return spoken(tag);
    return 'nb';
  })();
  document.documentElement.lang = language;
  // Light or dark: the user's own choice, else what the system prefers.
  const chosenTheme = stored(THEME_KEY);
  const theme = chosenTheme === 'dark' || chosenTheme === 'light' ? chosenTheme
    : (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  document.documentElement.dataset.theme = theme;

  const layer = $('a11y');
  const status = $('status');
  status.textContent = { nb: 'Laster…', nn: 'Lastar…', en: 'Loading…' }[language];
  // The page holds the start view in bokmål, and each other language's in a template. Another view shows
  // the same header with its own heading and «Laster…» until the app draws it. The start view is kept
  // aside for a browser that cannot run the app (the fallback shows it).
  const start = $('prerender-' + language);
  if (start) layer.replaceChildren(start.content.cloneNode(true));
  const startView = [...layer.childNodes].map((n) => n.cloneNode(true));
  // The start view's address is written now, before there is a page to lay out: the app would otherwise
  // replace it after its first frame, and a changed fragment then has the browser lay out the whole page
  // again (20 ms on a slow machine, on the way to the first frame).
  if (['', '#', '#/'].includes(location.hash)) history.replaceState(history.state, '', START_ROUTE);
  if (location.hash !== START_ROUTE) {
    const shells = $('shells-' + language);
    const heading = shells && [...shells.content.querySelectorAll('h1')].find((h) => h.dataset.route === location.hash);
    const main = layer.querySelector('main');
    const h1 = main && main.querySelector('h1');
    const text = main && main.querySelector('h1 + p');
    if (heading && h1 && text) {
      // In the start view's places: its heading's and its first paragraph's.
      h1.textContent = heading.textContent;
      text.textContent = status.textContent;
      text.classList.remove('wraps');
      main.replaceChildren(h1, text);
      for (const a of layer.querySelectorAll('nav a')) {
        if (a.getAttribute('href') === location.hash) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
      }
    } else {
      layer.replaceChildren();
      layer.classList.remove('static');
      status.hidden = false;
    }
  }
  // The module this address runs, on its way at once: app.js and app.wasm, or at KS-mottak desk.js and
  // desk.wasm (glue.js makes the same choice), so neither visitor downloads the other's.
  const module = location.hash === DESK_ROUTE || location.hash.startsWith(DESK_ROUTE + '/') ? 'desk' : 'app';
  for (const [file, as] of [[module + '.js', 'script'], [module + '.wasm', 'fetch']]) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.href = file;
    link.as = as;
    if (as === 'fetch') {
      link.type = 'application/wasm';
      link.crossOrigin = 'anonymous';
    }
    document.head.appendChild(link);
  }
  window.LN_START = { language, theme, startView, LANG_KEY, THEME_KEY };
})();
