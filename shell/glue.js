// The page's side of the app: forwards DOM input to the WebAssembly module, and does what C++ asks of
// the page (window.LN): the #live region, the address bar, focus for the keyboard, the loading message.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const canvas = $('canvas');
  const keys = $('keys');
  const live = $('live');
  const status = $('status');
  const saveStatus = $('save-status');
  const language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nb';
  const pageTitle = document.title;
  let started = false;
  let touchInput = false; // the last pointer was a finger: raise the on-screen keyboard only for text fields
  let touch = null;       // an ongoing touch: a tap, or a drag that scrolls
  let wantsText = false;

  document.documentElement.lang = language;
  if (language === 'en') status.textContent = 'Loading…';

  const mods = (e) => (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  const call = (name, ret, types, args) => Module.ccall(name, ret, types, args);
  const focusKeys = () => { if (document.activeElement !== keys) keys.focus({ preventScroll: true }); };

  let failed = false;
  function fail(reason, detail) {
    failed = true;
    started = false;
    canvas.hidden = true;
    keys.hidden = true;
    status.hidden = true;
    const s = document.createElement('script');
    s.src = 'fallback.js';
    s.onload = () => window.LNFallback.show(reason, detail, language);
    document.body.appendChild(s);
  }

  window.LN = {
    live(text) { if (live.textContent !== text) live.textContent = text; },
    showRoute(route, replace) {
      if (location.hash === route) return;
      if (replace) history.replaceState(history.state, '', route);
      else history.pushState(null, '', route);
    },
    showLanguage(lang) {
      const url = new URL(location.href);
      if (lang === 'en') url.searchParams.set('lang', 'en'); else url.searchParams.delete('lang');
      history.replaceState(history.state, '', url);
      document.documentElement.lang = lang;
    },
    describeFocus(label, value) {
      keys.setAttribute('aria-label', label || pageTitle);
      keys.setAttribute('aria-description', value);
    },
    textInputWanted(wanted) {
      wantsText = wanted;
      if (wanted) focusKeys();
      else if (touchInput) keys.blur(); // let the on-screen keyboard go away
    },
    firstFrame() {
      status.hidden = true;
      performance.mark('ln-first-frame');
    },
    download(name, mime, bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    },
    pickFile(accept) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.addEventListener('change', async () => {
        const file = input.files && input.files[0];
        if (!file || !started) return;
        // Read at most a little past the import limit; the app says the file is too large.
        const bytes = new Uint8Array(await file.slice(0, 5 * 1024 * 1024 + 1).arrayBuffer());
        const ptr = Module._malloc(Math.max(1, bytes.length));
        Module.HEAPU8.set(bytes, ptr);
        call('ln_file_picked', null, ['string', 'number', 'number'], [file.name, ptr, bytes.length]);
      });
      input.click();
    },
    copy(text) {
      if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
    },
    failed: fail,
    saveState(state, text) {
      saveStatus.textContent = text;
      saveStatus.dataset.state = state;
    },
    storage: null, // set below
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
  function resize() { Module._ln_resize(...sizeCanvas()); }
  function watchPixelRatio() {
    // Fires when the window moves to a screen with another ratio, or the user zooms.
    matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`)
      .addEventListener('change', () => { if (started) resize(); watchPixelRatio(); }, { once: true });
  }

  function start() {
    if (failed) return; // main() could not start (it said why)
    started = true;
    resize(); // draws the first frame
    watchPixelRatio();
    focusKeys();
    // Offline after one visit: the service worker keeps the app's files (shell/sw.js).
    if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch((e) => console.warn('No offline copy:', errorName(e)));
  }

  // Pointer: mouse and pen go straight through; a finger taps, or drags to scroll.
  const at = (e) => { const r = canvas.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
  canvas.addEventListener('pointerdown', (e) => {
    if (!started) return;
    touchInput = e.pointerType === 'touch';
    canvas.setPointerCapture(e.pointerId);
    e.preventDefault();
    if (touchInput) { touch = { id: e.pointerId, y: e.clientY, startY: e.clientY, scrolling: false }; return; }
    Module._ln_pointer(1, ...at(e), e.button, mods(e));
    focusKeys();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!started) return;
    if (touch && touch.id === e.pointerId) {
      if (!touch.scrolling && Math.abs(e.clientY - touch.startY) > 8) touch.scrolling = true;
      if (touch.scrolling) { Module._ln_wheel(0, (e.clientY - touch.y) / 100); touch.y = e.clientY; }
      return;
    }
    Module._ln_pointer(0, ...at(e), -1, mods(e));
  });
  canvas.addEventListener('pointerup', (e) => {
    if (!started) return;
    if (touch && touch.id === e.pointerId) {
      const tap = !touch.scrolling;
      touch = null;
      if (!tap) return;
      Module._ln_pointer(1, ...at(e), 0, 0);
      const wants = Module._ln_pointer(2, ...at(e), 0, 0);
      // Still inside the tap, so the phone shows its keyboard.
      if (wants) focusKeys(); else keys.blur();
      return;
    }
    Module._ln_pointer(2, ...at(e), e.button, mods(e));
  });
  canvas.addEventListener('pointercancel', () => { touch = null; if (started) Module._ln_pointer_leave(); });
  canvas.addEventListener('pointerleave', (e) => { if (started && e.pointerType === 'mouse') Module._ln_pointer_leave(); });
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('wheel', (e) => {
    if (!started) return;
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? canvas.clientHeight : 1;
    Module._ln_wheel(-e.deltaX * unit / 100, -e.deltaY * unit / 100);
  }, { passive: false });

  // Keyboard: named keys and shortcuts go to ImGui as keys; characters arrive as text through the
  // textarea's input events, which also carry IME, dead keys, æøå and the phone's keyboard.
  keys.addEventListener('keydown', (e) => {
    if (!started || e.isComposing) return;
    const shortcut = (e.ctrlKey || e.metaKey) && !e.altKey;
    if (shortcut && e.code === 'KeyV') return; // the paste event brings the text
    const handled = call('ln_key', 'number', ['string', 'number', 'number'], [e.code, 1, mods(e)]);
    const named = e.key.length > 1 && e.key !== 'Unidentified' && e.key !== 'Process';
    // Space on a button or checkbox presses it; it must not also arrive as text in the next field.
    const pressesControl = e.code === 'Space' && !wantsText;
    if (handled && (named || shortcut || pressesControl)) e.preventDefault();
  });
  keys.addEventListener('keyup', (e) => {
    if (started) call('ln_key', 'number', ['string', 'number', 'number'], [e.code, 0, mods(e)]);
  });
  function sendText() {
    const text = keys.value;
    keys.value = '';
    if (started && text) call('ln_text', null, ['string'], [text]);
  }
  keys.addEventListener('input', (e) => { if (!e.isComposing) sendText(); });
  keys.addEventListener('compositionend', sendText);
  keys.addEventListener('beforeinput', (e) => {
    // Phones often send Backspace without a usable keydown.
    if (started && e.inputType === 'deleteContentBackward' && !keys.value) {
      e.preventDefault();
      call('ln_key', 'number', ['string', 'number', 'number'], ['Backspace', 1, 0]);
      call('ln_key', 'number', ['string', 'number', 'number'], ['Backspace', 0, 0]);
    }
  });
  keys.addEventListener('paste', (e) => {
    e.preventDefault();
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (started && text) call('ln_text', null, ['string'], [text]);
  });
  keys.addEventListener('focus', () => { if (started) Module._ln_focus(1); });
  keys.addEventListener('blur', () => { if (started) Module._ln_focus(0); });

  window.addEventListener('resize', () => { if (started) resize(); });
  window.addEventListener('hashchange', () => { if (started) call('ln_route', null, ['string'], [location.hash]); });
  // A key press anywhere on the page belongs to the app (the textarea may have lost focus).
  document.addEventListener('keydown', (e) => { if (started && e.target === document.body && !wantsText) focusKeys(); });

  // ---- Storage: the workspace in IndexedDB through Emscripten's IDBFS, mounted at /ln. ----
  // One tab writes (it holds a Web Lock); others read until it closes. Syncs run one at a time; writes
  // that arrive meanwhile are coalesced into the next one. Loading finishes before main() runs.
  const DIR = '/ln';
  const LOCK = 'laeringsnettverk-workspace';
  const FILES = ['workspace.json', 'workspace.prev.json'];
  // A page being closed cannot count on IndexedDB (Chromium aborts its transactions), but localStorage is
  // written at once: the unsaved workspace goes there as a journal, and the next load adopts it when it
  // is newer than what IndexedDB holds (web/workspace_files.cpp).
  const JOURNAL = 'laeringsnettverk-journal';
  const JOURNAL_FILE = '/journal.json';
  function journalToFile() {
    try {
      const text = localStorage.getItem(JOURNAL);
      if (text) Module.FS.writeFile(JOURNAL_FILE, text);
    } catch (e) { console.warn('Journal not read:', errorName(e)); }
  }
  const storage = {
    state: 0,        // 0 no storage, 1 this tab writes, 2 another tab writes
    syncing: null,   // the sync under way: { upto, t0, error }
    wanted: 0,       // the highest write number waiting for a sync
    requested: 0,    // the highest write number asked for
    durable: 0,      // the highest write number known to be in IndexedDB
    last: null,      // the last finished sync, for the bench: { upto, ms, writeMs, bytes, ok, end }
    writes: {},      // write number → { writeMs, bytes }
    access() { return this.state; },
    persist(n, writeMs, bytes) {
      this.writes[n] = { writeMs, bytes };
      this.requested = Math.max(this.requested, n);
      this.wanted = Math.max(this.wanted, n);
      if (!this.syncing) runSync();
    },
  };
  window.LN.storage = storage;
  const errorName = (e) => (e && (e.name || e.message)) || String(e);
  const syncfs = (populate) => new Promise((resolve, reject) => Module.FS.syncfs(populate, (e) => (e ? reject(e) : resolve())));

  function reportSync(upto, t0, error) {
    if (!error) storage.durable = Math.max(storage.durable, upto);
    if (!error && storage.durable >= storage.requested) { try { localStorage.removeItem(JOURNAL); } catch (e) { /* none kept */ } }
    const w = storage.writes[upto] || { writeMs: 0, bytes: 0 };
    storage.last = { upto, ms: performance.now() - t0, writeMs: w.writeMs, bytes: w.bytes, ok: !error, end: performance.now() };
    for (const k of Object.keys(storage.writes)) if (Number(k) <= upto) delete storage.writes[k];
    if (started) call('ln_storage_synced', null, ['number', 'number', 'string'], [upto, error ? 0 : 1, error ? errorName(error) : '']);
  }
  function runSync() {
    if (!storage.wanted || storage.state !== 1) return;
    const job = { upto: storage.wanted, t0: performance.now(), error: null };
    storage.wanted = 0;
    storage.syncing = job;
    Module.FS.syncfs(false, (e) => finishSync(job, e));
  }
  function finishSync(job, e) {
    if (storage.syncing !== job) return; // already ended by an abort
    storage.syncing = null;
    reportSync(job.upto, job.t0, e || job.error);
    if (storage.wanted) runSync();
  }
  // IDBFS never calls back when its transaction aborts (a full quota) and reports a failed request as
  // success: the errors and aborts of every transaction on the database arrive here, so catch them.
  function watchDatabase() {
    const db = Module.FS.filesystems.IDBFS.dbs[DIR];
    if (!db || db.lnWatched) return;
    db.lnWatched = true;
    db.addEventListener('error', (e) => { if (storage.syncing) storage.syncing.error = e.target.error || new Error('IndexedDB error'); });
    db.addEventListener('abort', (e) => {
      const job = storage.syncing;
      if (job) finishSync(job, e.target.error || job.error || new Error('AbortError'));
    });
  }
  // Hidden or closing: the page may not live long enough for a whole syncfs (which reads before it
  // writes), so the workspace files go straight into IndexedDB in one transaction, started right here.
  // The entries have IDBFS's own shape ({ timestamp, mode, contents } under the full path).
  function flush() {
    if (!started || storage.state !== 1) return;
    Module._ln_flush();
    if (storage.requested <= storage.durable) return;
    try {
      localStorage.setItem(JOURNAL, new TextDecoder().decode(Module.FS.readFile(DIR + '/workspace.json')));
    } catch (e) { console.warn('Journal not written:', errorName(e)); }
    const db = Module.FS.filesystems.IDBFS.dbs[DIR];
    if (!db) return;
    const upto = storage.requested;
    const t0 = performance.now();
    try {
      const tx = db.transaction(['FILE_DATA'], 'readwrite');
      const store = tx.objectStore('FILE_DATA');
      for (const name of FILES) {
        const path = DIR + '/' + name;
        let stat;
        try { stat = Module.FS.stat(path); } catch (e) { continue; }
        store.put({ timestamp: stat.mtime, mode: stat.mode, contents: Module.FS.readFile(path) }, path);
      }
      tx.oncomplete = () => reportSync(upto, t0, null);
      tx.onabort = () => reportSync(upto, t0, tx.error || new Error('AbortError'));
    } catch (e) {
      console.warn('Could not save on leaving:', errorName(e));
    }
  }
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  window.addEventListener('pagehide', flush);

  function lockNow() {
    if (!navigator.locks) return Promise.resolve(true); // no Web Locks (old browsers): this tab writes
    return new Promise((resolve) => {
      navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
        resolve(!!lock);
        return lock ? new Promise(() => {}) : undefined; // held as long as the page lives
      }).catch(() => resolve(true));
    });
  }
  // A read-only tab waits for the writer to close, then reads what it saved last and takes over.
  function waitForLock() {
    navigator.locks.request(LOCK, async () => {
      try {
        await syncfs(true);
        journalToFile();
        storage.state = 1;
        watchDatabase();
        if (started) { Module._ln_storage_take_over(); focusKeys(); }
      } catch (e) {
        console.warn('Storage could not be read again:', errorName(e));
      }
      return new Promise(() => {});
    });
  }
  async function openStorage() {
    const FS = Module.FS;
    const writer = await lockNow();
    try {
      FS.mkdir(DIR);
      FS.mount(FS.filesystems.IDBFS, {}, DIR);
      await syncfs(true);
      watchDatabase();
      if (writer) journalToFile();
      storage.state = writer ? 1 : 2;
      if (!writer) waitForLock();
      // Ask the browser not to evict the work under storage pressure (it may say no; the reminder to
      // export covers that).
      if (writer && navigator.storage && navigator.storage.persist)
        navigator.storage.persisted().then((p) => p || navigator.storage.persist()).catch(() => {});
    } catch (e) {
      console.warn('Storage unavailable:', errorName(e));
      storage.state = 0;
    }
  }

  window.Module = {
    canvas,
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    onAbort: (what) => fail('abort', String(what)),
    // The stored workspace is read (and this tab's role known) before main() runs, so the first frame
    // that can be edited already shows it; until then the page says «Laster…».
    preRun: [() => {
      Module.addRunDependency('ln-storage');
      openStorage().finally(() => Module.removeRunDependency('ln-storage'));
    }],
    postRun: [start],
    // What the first frame needs, so main() prepares it before anything is shown.
    arguments: [language, String(window.devicePixelRatio || 1), location.hash],
  };

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('wasm', '');
  } else {
    // Size the canvas and create its WebGL2 context now, while app.wasm downloads: with software GL this
    // takes as long as the download. main() then finds the context ready (same attributes).
    sizeCanvas();
    canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false,
                                  premultipliedAlpha: true, preserveDrawingBuffer: false });
    const s = document.createElement('script');
    s.src = 'app.js';
    s.onerror = () => fail('load', 'app.js');
    document.body.appendChild(s);
  }
})();
