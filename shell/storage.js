// The workspace in IndexedDB through Emscripten's IDBFS, mounted at ABI.storage.mount. Part of glue.js.
//
// One tab writes (it holds a Web Lock); others read until it closes, then take over. Syncs run one at a
// time; writes that arrive meanwhile are coalesced into the next one. Loading finishes before main()
// runs when the first view shows stored work (ABI.storage_first), else beside it. A page being closed
// cannot count on IndexedDB (Chromium aborts its transactions), but localStorage is written at once: the unsaved workspace goes there as a journal, and the next load adopts it when it
// is newer than what IndexedDB holds (web/workspace_files.cpp).
function pageStorage(env) {
  const DIR = ABI.storage.mount;
  const errorName = (e) => (e && (e.name || e.message)) || String(e);
  const syncfs = (populate) => new Promise((resolve, reject) => Module.FS.syncfs(populate, (e) => (e ? reject(e) : resolve())));
  // What the app is told about a failed sync: a full disk is worth its own message.
  const resultOf = (error) => (!error ? ABI.sync_result.ok
    : /quota/i.test(errorName(error)) ? ABI.sync_result.quota : ABI.sync_result.failed);

  const storage = {
    role: ABI.storage_role.opening,  // until open() has finished
    syncing: null,   // the sync under way: { upto, t0, error }
    wanted: 0,       // the highest write number waiting for a sync
    requested: 0,    // the highest write number asked for
    durable: 0,      // the highest write number known to be in IndexedDB
    last: null,      // the last finished sync, for the bench: { upto, ms, writeMs, bytes, ok, end }
    writes: {},      // write number → { writeMs, bytes }
    access() { return this.role; },
    persist(n, writeMs, bytes) {
      this.writes[n] = { writeMs, bytes };
      this.requested = Math.max(this.requested, n);
      this.wanted = Math.max(this.wanted, n);
      if (!this.syncing) runSync();
    },
    errorName,
  };

  function journalToFile() {
    try {
      const text = localStorage.getItem(ABI.storage.journal_key);
      if (text) Module.FS.writeFile(ABI.storage.journal_file, text);
    } catch (e) { console.warn('Journal not read:', errorName(e)); }
  }

  function reportSync(upto, t0, error) {
    if (!error) storage.durable = Math.max(storage.durable, upto);
    if (!error && storage.durable >= storage.requested) {
      try { localStorage.removeItem(ABI.storage.journal_key); } catch (e) { /* none kept */ }
    }
    const w = storage.writes[upto] || { writeMs: 0, bytes: 0 };
    storage.last = { upto, ms: performance.now() - t0, writeMs: w.writeMs, bytes: w.bytes, ok: !error, end: performance.now() };
    for (const k of Object.keys(storage.writes)) if (Number(k) <= upto) delete storage.writes[k];
    if (env.started) env.call('ln_storage_synced', null, ['number', 'number', 'string'], [upto, resultOf(error), error ? errorName(error) : '']);
  }
  function runSync() {
    if (!storage.wanted || storage.role !== ABI.storage_role.writer) return;
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
    if (!env.started || storage.role !== ABI.storage_role.writer) return;
    try { Module._ln_flush(); } catch (e) { console.warn('The app could not write its last changes:', errorName(e)); }
    writeOut();
  }
  // What the app wrote and IndexedDB does not have yet: into the journal (localStorage, written at once)
  // and into IndexedDB.
  function writeOut() {
    if (storage.requested <= storage.durable) return;
    try {
      localStorage.setItem(ABI.storage.journal_key, new TextDecoder().decode(Module.FS.readFile(DIR + '/' + ABI.storage.files[0])));
    } catch (e) { console.warn('Journal not written:', errorName(e)); }
    const db = Module.FS.filesystems.IDBFS.dbs[DIR];
    if (!db) return;
    const upto = storage.requested;
    const t0 = performance.now();
    try {
      const tx = db.transaction(['FILE_DATA'], 'readwrite');
      const store = tx.objectStore('FILE_DATA');
      for (const name of ABI.storage.files) {
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
  // The module failed (a trap or an abort): its memory is still there, so ask it once more to write what
  // is unsaved (it may fail again), then keep whatever the files hold. Nothing calls the module after this.
  storage.rescue = function rescue() {
    if (storage.role !== ABI.storage_role.writer) return;
    try { Module._ln_flush(); } catch (e) {
      try { Module._ln_rescue(); } catch (e2) { console.warn('The app could not write its last changes:', errorName(e2)); }
    }
    writeOut();
  };
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  window.addEventListener('pagehide', flush);

  function lockNow() {
    if (!navigator.locks) return Promise.resolve(true); // no Web Locks (old browsers): this tab writes
    return new Promise((resolve) => {
      navigator.locks.request(ABI.storage.lock, { ifAvailable: true }, (lock) => {
        resolve(!!lock);
        return lock ? new Promise(() => {}) : undefined; // held as long as the page lives
      }).catch(() => resolve(true));
    });
  }
  // A read-only tab waits for the writer to close, then reads what it saved last and takes over.
  function waitForLock() {
    navigator.locks.request(ABI.storage.lock, async () => {
      try {
        await syncfs(true);
        journalToFile();
        storage.role = ABI.storage_role.writer;
        watchDatabase();
        if (env.started) env.tookOver();
      } catch (e) {
        console.warn('Storage could not be read again:', errorName(e));
      }
      return new Promise(() => {});
    });
  }
  // Started as soon as the page runs, beside the download of app.wasm: the Web Lock (is this tab the
  // writer?) and the database, opened the way IDBFS opens it (IDBFS.DB_VERSION 21, store FILE_DATA with a
  // timestamp index) and handed to IDBFS, which then does not open it again.
  const early = {
    lock: lockNow(),
    db: new Promise((resolve) => {
      try {
        const req = indexedDB.open(DIR, 21);
        req.onupgradeneeded = () => {
          const db = req.result;
          const store = db.objectStoreNames.contains('FILE_DATA') ? req.transaction.objectStore('FILE_DATA') : db.createObjectStore('FILE_DATA');
          if (!store.indexNames.contains('timestamp')) store.createIndex('timestamp', 'timestamp', { unique: false });
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => resolve(null); // IDBFS tries again and reports it
        req.onblocked = () => resolve(null);
      } catch (e) { resolve(null); }
    }),
  };
  // Mount, load, and learn this tab's role: before main() for a view that shows stored work, beside it for
  // the others (the page then calls ln_storage_opened). Once; `opened` is its promise.
  storage.open = function open() {
    if (!storage.opened) storage.opened = openNow();
    return storage.opened;
  };
  async function openNow() {
    const FS = Module.FS;
    const [writer, db] = await Promise.all([early.lock, early.db]);
    try {
      if (db && !FS.filesystems.IDBFS.dbs[DIR]) FS.filesystems.IDBFS.dbs[DIR] = db;
      FS.mkdir(DIR);
      FS.mount(FS.filesystems.IDBFS, {}, DIR);
      await syncfs(true);
      watchDatabase();
      if (writer) journalToFile();
      storage.role = writer ? ABI.storage_role.writer : ABI.storage_role.reader;
      if (!writer) waitForLock();
      // Ask the browser not to evict the work under storage pressure (it may say no; the reminder to
      // export covers that).
      if (writer && navigator.storage && navigator.storage.persist)
        navigator.storage.persisted().then((p) => p || navigator.storage.persist()).catch(() => {});
    } catch (e) {
      console.warn('Storage unavailable:', errorName(e));
      storage.role = ABI.storage_role.none;
    }
  }
  return storage;
}
