// Wattsworth's service worker: the site works offline after the first visit.
// post-build.mjs fills in the cache name (unique per build) and this build's file list.
const CACHE = __CACHE__;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  // The whole set or nothing: a build is cached complete, never mixed with another.
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('wattsworth-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a new build takes effect on the next load; offline, the
    // cached page, whose hashed files are all in the same cache.
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((c) => c.match('./'))),
    );
    return;
  }
  // A language's catalogue is not precached (each reader fetches only their own): kept once
  // fetched, so a language read once works offline.
  if (new URL(request.url).pathname.includes('/messages/')) {
    event.respondWith(caches.open(CACHE).then((c) => c.match(request).then((hit) => hit || fetch(request).then((r) => {
      if (r.ok) c.put(request, r.clone());
      return r;
    }))));
    return;
  }
  // Hashed files never change under the same name: the cache first.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
