// Offline: keeps the app's own files so that it starts with the network off after one visit. The build
// writes the version (a hash of the files) and each file's SHA-256 below; a new version is fetched in the
// background and used from the next load on. Stored work is in IndexedDB and never touched here.
'use strict';
const VERSION = '@LN_VERSION@';
const CACHE = 'ln-app-' + VERSION;
const FILES = ['./', 'index.html', 'app.css', 'glue.js', 'fallback.js', 'app.js', 'app.wasm', 'ui-font.ttf',
  'i18n-nb.json', 'i18n-nn.json', 'i18n-en.json'];
// KS-mottak's module and texts: kept the first time they are used (only KS's visits load them, so a
// municipality never downloads them), offline from then on.
const ON_USE = ['desk.js', 'desk.wasm', 'i18n-desk-nb.json', 'i18n-desk-nn.json', 'i18n-desk-en.json'];
const SHA256 = @LN_HASHES@;

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

// The copy the page has just loaded is in the browser's HTTP cache: take it from there (no second
// download on the first visit), but only if it is this version's file, byte for byte; otherwise (a copy
// from an older version, or none) from the server.
async function fileOfThisVersion(file) {
  const want = SHA256[file === './' ? 'index.html' : file];
  for (const mode of ['force-cache', 'reload']) {
    const response = await fetch(new Request(file, { cache: mode }));
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    const bytes = await response.clone().arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', bytes)) === want) return response;
  }
  throw new Error(`${file}: the server has another version than ${VERSION}`);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // './' is index.html: fetched once (as the page loaded it), kept under both names.
    const names = FILES.filter((f) => f !== 'index.html');
    const responses = await Promise.all(names.map(fileOfThisVersion));
    await Promise.all(names.map((f, i) => cache.put(f, responses[i])));
    await cache.put('index.html', (await cache.match('./')).clone());
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys())
      if (key.startsWith('ln-app-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// KS-mottak's page asks for its files to be kept (they may have come before this worker did): each one not
// kept yet is taken as fileOfThisVersion takes it, from the browser's cache when it is this version's.
async function keepOnUse() {
  const cache = await caches.open(CACHE);
  for (const file of ON_USE) {
    if (await cache.match(file)) continue;
    const response = await fileOfThisVersion(file).catch(() => null);
    if (response) await cache.put(file, response);
  }
}
self.addEventListener('message', (event) => {
  if (event.data === 'keep-desk') event.waitUntil(keepOnUse());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // ?lang=en is the same page.
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    const file = new URL(request.url).pathname.split('/').pop();
    if (!ON_USE.includes(file)) return fetch(request);
    // This version's file only (a newer one on the server waits for the newer worker).
    const response = await fileOfThisVersion(file).catch(() => null);
    if (!response) return fetch(request);
    await cache.put(file, response.clone());
    return response;
  })());
});
