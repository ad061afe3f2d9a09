// Offline: keeps the app's own files so that it starts with the network off after one visit. The build
// writes the version (a hash of the files) below; a new version is fetched in the background and used
// from the next load on. Stored work is in IndexedDB and never touched here.
'use strict';
const VERSION = '@LN_VERSION@';
const CACHE = 'ln-app-' + VERSION;
const FILES = ['./', 'index.html', 'app.css', 'glue.js', 'fallback.js', 'fallback.json', 'app.js', 'app.wasm', 'ui-font.ttf'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Straight from the server, never from the browser's HTTP cache: all files of one version.
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })));
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // ?lang=en is the same page.
    const hit = await cache.match(request, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
