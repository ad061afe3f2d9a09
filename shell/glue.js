// The page's side of the app: starts the WebAssembly module (or the fallback), and does what C++ asks of
// the page (window.LN): the #live region, the address bar, the semantic layer, the loading message, the
// save state. The build joins this with abi.js (the page interface), files.js, storage.js and
// semantics.js into the glue.js the page loads; each part has one job.
const $ = (id) => document.getElementById(id);
const canvas = $('canvas');
const layer = $('a11y');
const live = $('live');
const status = $('status');
const saveStatus = $('save-status');
// The language and the look were decided before the page was first painted (shell/start.js, inline in
// index.html), which also put the prerendered view of that language in the layer.
const { LANG_KEY, THEME_KEY, theme, startView } = window.LN_START;
let language = window.LN_START.language;
// A file of the site as bytes; a failed response is an error.
const fetchBytes = (url) => fetch(url).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${url}: ${r.status}`))));
// KS-mottak (#/mottak) runs in a module of its own, the app with the desk, with catalogues that hold the
// desk's texts too (ABI.desk); every other address runs app.js. The choice is made once, as the page loads.
const isDeskRoute = (hash) => hash === ABI.desk.route || hash.startsWith(ABI.desk.route + '/');
const deskModule = isDeskRoute(location.hash);
const moduleScript = deskModule ? ABI.desk.script : 'app.js';
// Going to or from KS-mottak changes module: the page loads anew at the new address (what is typed was
// saved by the app as it went; the page's pagehide flush and journal keep the rest).
// What the calculator holds (not stored work) goes along when this page is left for the next one in this
// tab: the other module, a reload, Back and Forward. The next start takes it and forgets it.
const VIEW_STATE_KEY = 'ln-view-state';
function keepViewState() {
  const state = env.started && !crashedOnce ? env.call('ln_view_state', 'string', [], []) : '';
  try { if (state) sessionStorage.setItem(VIEW_STATE_KEY, state); } catch (e) { /* private mode: not carried */ }
}
window.addEventListener('pagehide', keepViewState);
function changesModule(hash) {
  if (isDeskRoute(hash) === deskModule) return false;
  location.reload();
  return true;
}
const carriedState = (() => {
  try {
    const s = sessionStorage.getItem(VIEW_STATE_KEY);
    sessionStorage.removeItem(VIEW_STATE_KEY);
    return s || '';
  } catch (e) { return ''; }
})();
const catalogUrl = (lang) => (deskModule ? ABI.desk.catalog : ABI.catalog.url) + lang + '.json';
const catalogFile = (lang) => ABI.catalog.file + lang + '.json';
// This language's texts, fetched from the start beside app.wasm; main() reads them from the file system.
const startCatalog = fetchBytes(catalogUrl(language)).catch((e) => { console.warn('Texts not loaded:', e); return null; });

history.scrollRestoration = 'manual'; // the document's height is known only once the app has drawn

// What the parts share: whether the app runs, and how to call it. A call that traps (or finds the module
// aborted) ends the app's life on this page: crashed() says so and keeps the work.
const encoder = new TextEncoder();
const env = {
  started: false,
  call(name, ret, types, args) {
    try { return Module.ccall(name, ret, types, args); } catch (e) { crashed(e); return undefined; }
  },
  // A page event with text of any size: through the heap (ccall puts strings on the small stack).
  event(kind, id, text, index) {
    try {
      const bytes = encoder.encode(text);
      const ptr = Module._malloc(bytes.length + 1);
      if (!ptr) throw new Error('out of memory for ' + bytes.length + ' bytes');
      Module.HEAPU8.set(bytes, ptr);
      Module.HEAPU8[ptr + bytes.length] = 0;
      try { Module._ln_page_event(kind, id, ptr, index); } finally { Module._free(ptr); }
    } catch (e) { crashed(e); }
  },
  tookOver() { try { Module._ln_storage_take_over(); } catch (e) { crashed(e); } },
};
const files = pageFiles(env);
const storage = pageStorage(env);
const semantics = pageSemantics(env, layer);

// The module trapped or aborted after it had started: say so at once, stop claiming «Lagret», keep the
// work (storage.rescue: the journal and IndexedDB), leave the typed text readable and offer a reload.
let crashedOnce = false;
const CRASH = {
  nb: { heading: 'Appen stoppet på grunn av en feil', text: 'Det som var lagret, er tatt vare på, og det siste du skrev er lagt til side og kommer tilbake når du laster siden på nytt. Teksten i feltene kan du fortsatt merke og kopiere.', reload: 'Last inn siden på nytt', status: 'Ikke lagret: appen stoppet' },
  nn: { heading: 'Appen stoppa på grunn av ein feil', text: 'Det som var lagra, er teke vare på, og det siste du skreiv, er lagt til side og kjem tilbake når du lastar sida på nytt. Teksten i felta kan du framleis merkje og kopiere.', reload: 'Last inn sida på nytt', status: 'Ikkje lagra: appen stoppa' },
  en: { heading: 'The app stopped because of an error', text: 'What was saved is kept, and the last things you typed were put aside and come back when you reload the page. You can still select and copy the text in the fields.', reload: 'Reload the page', status: 'Not saved: the app stopped' },
};
function crashed(what) {
  if (crashedOnce) return;
  if (!env.started) { console.warn('The app is not running:', what); return; }
  crashedOnce = true;
  console.error('The app stopped:', what);
  storage.rescue();
  env.started = false;
  const t = CRASH[language];
  // The canvas can no longer draw: it is dimmed, and where it says «Lagrer…» or «Lagret» the page says
  // «Ikke lagret» instead. Fields stay readable and selectable (read-only), buttons are disabled.
  const drawn = saveStatus.textContent;
  window.LN.saveState('failed', t.status);
  layer.classList.add('stopped');
  if (drawn) for (const el of layer.querySelectorAll('p.t')) if (el.textContent === drawn) { el.textContent = t.status; el.classList.add('save-failed'); }
  for (const el of layer.querySelectorAll('input, textarea, select, button')) {
    if (el.tagName === 'INPUT' && el.type !== 'checkbox' || el.tagName === 'TEXTAREA') el.readOnly = true;
    else el.disabled = true;
  }
  const box = document.createElement('div');
  box.id = 'crash';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'crash-heading');
  box.setAttribute('aria-describedby', 'crash-text');
  const h = document.createElement('h2'); h.id = 'crash-heading'; h.textContent = t.heading;
  const p = document.createElement('p'); p.id = 'crash-text'; p.textContent = t.text;
  const b = document.createElement('button'); b.type = 'button'; b.textContent = t.reload;
  b.addEventListener('click', () => location.reload());
  box.append(h, p, b);
  document.body.appendChild(box);
  live.textContent = t.heading + '. ' + t.text;
  b.focus();
}
// Traps inside frames the module draws on its own (animation frames, timers) arrive here.
window.addEventListener('error', (e) => { if (typeof WebAssembly === 'object' && e.error instanceof WebAssembly.RuntimeError) crashed(e.error); });

let failed = false;
function fail(reason, detail) {
  failed = true;
  env.started = false;
  canvas.hidden = true;
  status.hidden = true;
  // The prerendered start view stays (or comes back): the fee table answers the first question. Its fields
  // cannot compute anything here, so they are off.
  layer.classList.add('static');
  layer.replaceChildren(...startView.map((n) => n.cloneNode(true)));
  for (const el of layer.querySelectorAll('input, button')) el.disabled = true;
  const s = document.createElement('script');
  s.src = 'fallback.js';
  s.onload = () => window.LNFallback.show(reason, detail, language);
  document.body.appendChild(s);
}

window.LN = {
  // The same words again (a second «Tiltak 1 er fjernet.») must be heard again: screen readers speak a
  // live region's changes, so the repeat differs by a no-break space at the end.
  live(text) { live.textContent = live.textContent === text ? text + '\u00a0' : text; },
  showRoute(route, replace) {
    if (location.hash === route) return;
    if (replace) history.replaceState(history.state, '', route);
    else history.pushState(null, '', route);
    changesModule(route);
  },
  showTheme(dark) {
    const chosen = dark ? 'dark' : 'light';
    document.documentElement.dataset.theme = chosen;
    try { localStorage.setItem(THEME_KEY, chosen); } catch (e) { /* private mode: the choice lasts this visit */ }
  },
  showLanguage(lang) {
    language = lang;
    const url = new URL(location.href);
    if (lang === 'nb') url.searchParams.delete('lang'); else url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
    document.documentElement.lang = lang;
    try { localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode: the choice lasts this visit */ }
  },
  // The user chose a language whose texts the app has not got: fetch them (from the offline copy when
  // there is no network) and hand them over.
  loadLanguage(lang) {
    fetchBytes(catalogUrl(lang)).then((bytes) => {
      if (!env.started) return;
      Module.FS.writeFile(catalogFile(lang), new Uint8Array(bytes));
      env.call('ln_language_loaded', null, ['string', 'number'], [lang, 1]);
    }).catch((e) => {
      console.warn('Texts not loaded:', lang, e);
      if (env.started) env.call('ln_language_loaded', null, ['string', 'number'], [lang, 0]);
    });
  },
  semantics,
  firstFrame() {
    status.hidden = true;
    // The canvas has drawn: the layer becomes the transparent one over it (the semantics update that
    // follows in this same task places every element; nothing is painted in between).
    layer.classList.remove('static');
    performance.mark('ln-first-frame');
  },
  download: files.download,
  pickFile: files.pickFile,
  giveFile: files.give,
  copy: files.copy,
  failed: fail,
  saveState(state, text) {
    saveStatus.textContent = text;
    saveStatus.dataset.state = state;
  },
  storage,
};

// Gives the canvas as many pixels as the screen has under it; returns its CSS size and the ratio.
function sizeCanvas() {
  const r = canvas.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(r.width * ratio));
  const h = Math.max(1, Math.round(r.height * ratio));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  return [r.width, r.height, ratio];
}
function resize() { try { Module._ln_resize(...sizeCanvas()); } catch (e) { crashed(e); } }
function watchPixelRatio() {
  // Fires when the window moves to a screen with another ratio, or the user zooms.
  matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`)
    .addEventListener('change', () => { if (env.started) resize(); watchPixelRatio(); }, { once: true });
}

function start() {
  if (failed) return; // main() could not start (it said why)
  env.started = true;
  // The prerendered fields become the app's: what was typed into them before the app was ready is given
  // to it, and the field keeps its focus and caret.
  for (const [id, text] of semantics.adopt()) env.event(ABI.page_event.input, id, text, -1);
  resize(); // draws the first frame (the app knows its size only from here on)
  // The stored work, read beside the first frame when that did not wait for it (nothing if it did).
  storage.open().then(() => env.call('ln_storage_opened', null, [], []));
  try { Module._ln_scroll(window.scrollY); } catch (e) { crashed(e); }
  watchPixelRatio();
  // Offline after one visit: the service worker keeps the app's files (shell/sw.js).
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch((e) => console.warn('No offline copy:', storage.errorName(e)));
    // KS-mottak's files came before the worker was there on a first visit: the worker is asked to keep
    // them now (from the browser's cache, not the network), so the desk works offline from then on.
    if (deskModule) {
      navigator.serviceWorker.ready.then((registration) => registration.active && registration.active.postMessage('keep-desk'))
        .catch((e) => console.warn('KS-mottak not kept offline:', storage.errorName(e)));
    }
  }
}

window.addEventListener('resize', () => { if (env.started) resize(); });
// On a phone the on-screen keyboard covers the lower part of the page: the field being typed in is kept in
// the part still visible (visualViewport), not left under the keyboard.
if (window.visualViewport) {
  window.visualViewport.addEventListener('resize', () => {
    const el = document.activeElement;
    if (!el || !layer.contains(el) || !/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return;
    const r = el.getBoundingClientRect();
    const top = window.visualViewport.offsetTop, bottom = top + window.visualViewport.height;
    // In the middle of what is visible (scrollIntoView would centre it in the whole window, keyboard and all).
    if (r.top < top || Math.min(r.bottom, r.top + 44) > bottom) {
      window.scrollBy(0, r.top - top - Math.max(0, (bottom - top - Math.min(r.height, bottom - top)) / 2));
    }
  });
}
// The document scrolls (it is as tall as the app's content); the canvas, fixed, draws what is in view.
window.addEventListener('scroll', () => { if (env.started) try { Module._ln_scroll(window.scrollY); } catch (e) { crashed(e); } }, { passive: true });
window.addEventListener('hashchange', () => {
  if (!changesModule(location.hash) && env.started) env.call('ln_route', null, ['string'], [location.hash]);
});

// The UI font, fetched once and from the start, beside app.wasm (the preload has it on the way): the page's
// own text is set in it as soon as it is here, so what find and selection highlight sits on the drawn words.
const uiFont = fetchBytes(ABI.font.url).then((bytes) => {
  const face = new FontFace(ABI.font.family, bytes);
  document.fonts.add(face);
  face.load().catch(() => {});
  return bytes;
}).catch((e) => { console.warn('UI font not loaded:', storage.errorName(e)); return null; });

window.Module = {
  canvas,
  print: (t) => console.log(t),
  printErr: (t) => console.warn(t),
  // Before the app started: the fallback page; after: the work is kept and a reload offered.
  onAbort: (what) => (env.started ? crashed(String(what)) : fail('abort', String(what))),
  // A first view with stored work waits for it (the page says «Laster…» until then), so its first
  // frame that can be edited already shows it.
  preRun: [() => {
    // A first view that shows stored work waits for it; the fee view, the program and the statement show
    // none, so their first frame does not wait for the Web Lock and IndexedDB (tens of ms on a first visit).
    if (ABI.storage_first.routes.includes(location.hash)) {
      Module.addRunDependency('ln-storage');
      storage.open().finally(() => Module.removeRunDependency('ln-storage'));
    } else {
      storage.open();
    }
    // The UI font (fetched since the page started, below): the canvas rasterises it — main() reads the
    // file — so main() waits for it.
    Module.addRunDependency('ln-texts');
    startCatalog.then((bytes) => { if (bytes) Module.FS.writeFile(catalogFile(language), new Uint8Array(bytes)); })
      .finally(() => Module.removeRunDependency('ln-texts'));
    Module.addRunDependency('ln-font');
    uiFont.then((bytes) => { if (bytes) Module.FS.writeFile(ABI.font.file, new Uint8Array(bytes)); })
      .finally(() => Module.removeRunDependency('ln-font'));
  }],
  postRun: [start],
  // What the first frame needs, so main() prepares it before anything is shown (web/startup.hpp).
  arguments: ['--lang=' + language, '--pixel-ratio=' + (window.devicePixelRatio || 1), '--route=' + location.hash,
    '--theme=' + theme, '--view-state=' + carriedState,
    '--program=' + (new URLSearchParams(location.search).get('program') || ''),
    // The browser's own text size setting (1rem): the canvas draws its text and controls that much larger.
    '--text-scale=' + ((parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) / 16)],
};

if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  fail('wasm', '');
} else {
  // Size the canvas and create its WebGL2 context now, while app.wasm downloads: with software GL this
  // takes as long as the download. main() then finds the context ready (the same attributes, from ABI).
  sizeCanvas();
  canvas.getContext('webgl2', ABI.webgl);
  const s = document.createElement('script');
  s.src = moduleScript;
  s.onerror = () => fail('load', moduleScript);
  document.body.appendChild(s);
}
