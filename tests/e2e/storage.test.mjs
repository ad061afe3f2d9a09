// Fault drills: a working group cannot afford to lose a meeting's notes. Each drill asserts that what
// the app showed as saved («Lagret») is still there after the fault.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm, writeFile, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveSite } from './lib/server.mjs';
import { launch, newProfile, spawnBrowser } from './lib/browser.mjs';
import { siteDir, artifactDir } from './lib/app.mjs';
import { on, openPage } from './lib/page.mjs';

const TITLE = 'Tittel på casen';
let server;
before(async () => { server = await serveSite(siteDir); });
after(async () => { await server?.close(); });

// A page of the app on the case book, watched for errors.
async function open(context, path = '#/case') { return openPage(context, server.url + path); }

// The title is the case book's first field: it has focus when #/case opens.
async function title(p) {
  await p.waitForField(TITLE);
  return p.focusedValue();
}

// The stored workspace file, read straight from IndexedDB as the browser keeps it.
const storedWorkspace = (p) => p.page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('/ln');
  req.onerror = () => reject(req.error);
  req.onsuccess = () => {
    const get = req.result.transaction('FILE_DATA').objectStore('FILE_DATA').get('/ln/workspace.json');
    get.onsuccess = () => { req.result.close(); resolve(get.result ? new TextDecoder().decode(get.result.contents) : null); };
  };
}));

test('reload right after «Lagret»: the text is there', async () => {
  const b = await launch();
  try {
    const p = await open(b.context);
    assert.equal(await title(p), '');
    await p.type('Næringsarealer ved fjorden');
    await p.waitUntilSaved();
    assert.match(await p.saveText(), /^Lagret \d\d:\d\d$/);
    await p.page.reload();
    await p.ready();
    assert.equal(await title(p), 'Næringsarealer ved fjorden');
    assert.deepEqual(p.problems, []);
  } finally { await b.close(); }
});

test('closing the page right after typing keeps what was typed', async () => {
  const b = await launch();
  try {
    const p = await open(b.context);
    await title(p);
    await p.type('Skrevet i siste sekund');
    await p.waitForField(TITLE, 'Skrevet i siste sekund');
    await p.page.close(); // well within the half second before autosave would write
    const q = await open(b.context);
    assert.equal(await title(q), 'Skrevet i siste sekund');
  } finally { await b.close(); }
});

test('killing the browser after a save and relaunching on the same profile keeps the work', async () => {
  const profile = await newProfile();
  let chromium;
  try {
    chromium = await spawnBrowser(profile);
    let p = await open(chromium.context);
    await title(p);
    await p.type('Overlever et krasj');
    await p.waitUntilSaved();
    await chromium.kill();
    chromium = await spawnBrowser(profile);
    p = await open(chromium.context);
    assert.equal(await title(p), 'Overlever et krasj');
  } finally {
    // Over CDP, close() only disconnects: end the process, or it keeps the test runner alive (also when
    // the test failed).
    if (chromium) { await chromium.browser.close().catch(() => {}); await chromium.kill(); }
    await rm(profile, { recursive: true, force: true, maxRetries: 10 });
  }
});

test('a corrupt stored file: the app starts, keeps the file aside, offers it, and restores the previous copy', async () => {
  const b = await launch();
  try {
    const p = await open(b.context);
    await title(p);
    await p.type('Første versjon');
    await p.waitUntilSaved();
    await p.type(', andre');
    await p.waitUntilSaved();
    assert.match(await storedWorkspace(p), /Første versjon, andre/);
    // Overwrite the current file in IndexedDB with bytes that are not a workspace.
    const garbage = '{"format":"ks.laeringsnettverk.workspace","version":1, ødelagt';
    await p.page.evaluate((text) => new Promise((resolve, reject) => {
      const req = indexedDB.open('/ln');
      req.onsuccess = () => {
        const store = req.result.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
        const get = store.get('/ln/workspace.json');
        get.onsuccess = () => {
          const entry = get.result;
          entry.contents = new TextEncoder().encode(text);
          const put = store.put(entry, '/ln/workspace.json');
          put.onsuccess = () => { req.result.close(); resolve(); };
          put.onerror = () => reject(put.error);
        };
      };
    }), garbage);
    await p.page.reload();
    await p.ready();
    await p.waitForLive('Den lagrede fila kunne ikke leses og er lagt til side som workspace.broken-1.json.');
    // The previous copy: everything up to the save before the last.
    assert.equal(await title(p), 'Første versjon');
    // The broken file is offered as it is, byte for byte.
    await title(p);
    await p.tabTo('Last ned fila slik den er', { back: true }); // the notice is above the form
    const download = p.page.waitForEvent('download');
    await p.page.keyboard.press('Enter');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'workspace.broken-1.json');
    assert.equal(await readFile(await file.path(), 'utf8'), garbage);
    await mkdir(artifactDir, { recursive: true });
    await p.page.screenshot({ path: join(artifactDir, 'storage-broken-file.png') });
    // Work goes on, and is saved again.
    await p.tabTo(TITLE);
    await p.page.keyboard.press('End');
    await p.type(' og videre');
    await p.waitUntilSaved();
    await p.page.reload();
    await p.ready();
    assert.equal(await title(p), 'Første versjon og videre');
  } finally { await b.close(); }
});

test('a second tab is read-only with a banner, and takes over with the newest text when the first closes', async () => {
  const b = await launch();
  try {
    const first = await open(b.context);
    await title(first);
    await first.type('Fra første fane');
    await first.waitUntilSaved();
    const second = await open(b.context);
    await second.waitForSaveState('readonly');
    assert.equal(await title(second), 'Fra første fane');
    await second.page.screenshot({ path: join(artifactDir, 'storage-second-tab.png') });
    // Typing in the read-only tab changes nothing.
    await second.type('XYZ');
    await second.waitForField(TITLE, 'Fra første fane');
    // The first tab writes on, then closes: the second takes over with what was saved last.
    await first.page.bringToFront();
    await first.type(' og mer');
    await first.waitUntilSaved();
    await first.page.close();
    await second.page.bringToFront(); // a tab in the background draws nothing until it is looked at
    await second.waitForLive('Den andre fanen er lukket.');
    assert.notEqual(await second.saveState(), 'readonly');
    await second.tabTo(TITLE);
    assert.equal(await second.focusedValue(), 'Fra første fane og mer');
    await second.page.keyboard.press('End');
    await second.type(', så andre fane');
    await second.waitUntilSaved();
    await second.page.reload();
    await second.ready();
    assert.equal(await title(second), 'Fra første fane og mer, så andre fane');
    assert.deepEqual(second.problems, []);
  } finally { await b.close(); }
});

test('offline after one visit: the app starts from the service worker with the stored work', async () => {
  const b = await launch();
  try {
    const p = await open(b.context);
    await title(p);
    await p.type('Skrevet på toget');
    await p.waitUntilSaved();
    await p.page.evaluate(() => navigator.serviceWorker.ready);
    await p.page.waitForFunction(() => !!navigator.serviceWorker.controller || caches.keys().then((k) => k.length > 0));
    await b.context.setOffline(true);
    await p.page.reload();
    await p.ready();
    assert.equal(await title(p), 'Skrevet på toget');
    await p.type('!');
    await p.waitUntilSaved();
    await b.context.setOffline(false);
  } finally { await b.close(); }
});

test('importing a malformed case book says why and leaves the stored work untouched', async () => {
  const b = await launch();
  try {
    const p = await open(b.context);
    await title(p);
    await p.type('Ikke rør denne');
    await p.waitUntilSaved();
    const stored = await storedWorkspace(p);
    const bad = join(artifactDir, 'malformed-casebook.json');
    await mkdir(artifactDir, { recursive: true });
    await writeFile(bad, '{"format":"ks.laeringsnettverk.casebook","version":1,"case":{"title":5}');
    await p.tabTo('Importer arbeidsbok');
    const chooser = p.page.waitForEvent('filechooser');
    await p.page.keyboard.press('Enter');
    await (await chooser).setFiles(bad);
    await p.waitForLive('malformed-casebook.json kunne ikke brukes: ');
    assert.equal(await storedWorkspace(p), stored);
    await p.page.reload();
    await p.ready();
    assert.equal(await title(p), 'Ikke rør denne');
  } finally { await b.close(); }
});

test('the first visit downloads each file once: the service worker keeps the copies the page loaded', async () => {
  const fresh = await serveSite(siteDir);
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.goto(fresh.url + '#/avgift');
    const p = on(page);
    await p.ready();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && (await (await caches.open(keys[0])).keys()).length === 11;
    });
    const counts = Object.fromEntries(fresh.requests);
    // The page fetched its language's texts; the worker the other two (for switching offline).
    for (const file of ['/', '/app.css', '/glue.js', '/app.js', '/app.wasm', '/ui-font.ttf', '/fallback.js', '/sw.js',
      '/i18n-nb.json', '/i18n-nn.json', '/i18n-en.json'])
      assert.equal(counts[file], 1, `${file} was requested ${counts[file] || 0} times: ${JSON.stringify(counts)}`);
    assert.equal(counts['/index.html'], undefined, 'index.html is the page itself');
  } finally { await b.close(); await fresh.close(); }
});

// The fee view shows no stored work, so its first frame does not wait for the Web Lock and IndexedDB; a
// view that does show it, reached before storage is open, says it is reading it and then starts at its
// first field with the stored text. The lock is held back by the test until it lets it go.
test('storage opens beside the first frame; the case book reached before then waits for it', async () => {
  const b = await launch();
  try {
    const first = await open(b.context);
    await title(first);
    await first.type('Lagret før');
    await first.waitUntilSaved();
    await first.page.close();
    await b.context.addInitScript(() => {
      const request = navigator.locks.request.bind(navigator.locks);
      let release;
      const gate = new Promise((resolve) => { release = resolve; });
      window.releaseStorage = () => release();
      navigator.locks.request = (...args) => gate.then(() => request(...args));
    });
    const p = await open(b.context, '#/avgift');  // ready: the first frame is drawn with the lock held back
    const abi = JSON.parse(await readFile(new URL('../../web/platform/page_abi.json', import.meta.url), 'utf8'));
    assert.equal(await p.page.evaluate(() => LN.storage.role), abi.storage_role.opening);
    await p.waitForField('Innbyggertall');
    await p.type('12000');
    await p.waitForLive('28');
    await p.page.evaluate(() => { location.hash = '#/case'; });
    await p.page.getByText('Henter det lagrede arbeidet …').waitFor();
    assert.equal(await p.page.getByRole('textbox', { name: TITLE }).count(), 0);
    await p.page.evaluate(() => window.releaseStorage());
    assert.equal(await title(p), 'Lagret før');
    assert.deepEqual(p.problems, []);
  } finally { await b.close(); }
});
