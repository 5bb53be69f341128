// The analyser's service worker: after one visit, the app and its cubes work with the network
// off (a classroom with a bad connection, a laptop on a school trip).
//
// Release builds (`cargo xtask build | test | dist`) rewrite the two constants below with the
// build's content hash and every file of dist/ (crates/xtask/src/dist.rs), so the first visit
// precaches the whole app and a new build gets a new cache instead of mixing files with the old
// one. A development build (`trunk serve`) keeps the defaults and the worker stays out of the
// way: nothing is cached, so a rebuilt cube is never served stale. docs/offline.md describes
// the whole offline story.

const BUILD = 'dev';
const PRECACHE = [
];

const PREFIX = 'histanalyser-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  // All or nothing: if one file fails to download, the worker does not install and the next
  // visit tries again, so a half-filled cache never serves a broken app.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (BUILD === 'dev' || request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: the network first, so a new build shows up as soon as there is a connection;
    // offline, the cached page whatever its query string (?lang=es&cut=…).
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put('./', copy));
          }
          return response;
        })
        .catch(() => caches.open(CACHE).then((cache) => cache.match('./')).then((hit) => hit ?? Response.error())),
    );
    return;
  }
  // Everything else has a content hash in its name or belongs to this build's cache: the cache
  // first, then the network, keeping what the network returns for the next time offline.
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request).then((response) => {
        if (response.ok && response.type === 'basic') cache.put(request, response.clone());
        return response;
      })),
    ),
  );
});
