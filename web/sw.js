// The analyser's service worker: after one visit, the app and its cubes work with the network
// off (a classroom with a bad connection, a laptop on a school trip).
//
// Release builds (`cargo xtask build | test | dist`) rewrite the two constants below with the
// build's content hash and every file of dist/ (crates/xtask/src/dist.rs), so the first visit
// precaches the whole app in a cache named after the build. A development build (`trunk serve`)
// keeps the defaults and the worker stays out of the way: nothing is cached, so a rebuilt cube is
// never served stale. docs/offline.md describes the whole offline story; the rules below are:
//
// - The shell (`./`, the app's page) in the cache only ever comes from this build's precache:
//   other pages of the site opened in a tab (the catalog, a diagram, the embedding example) are
//   never stored in its place.
// - A page is fetched from the network first, but only for NAVIGATION_TIMEOUT_MS: a connected
//   but dead classroom network gets the cached app instead of a blank tab.
// - Files with a content hash in their name (the script, the WebAssembly, the stylesheet) are
//   the same in every build: cache first.
// - Files without one (cubes, catalog.json, languages, diagrams) change between builds under the
//   same name. A page of this build (the cached shell, or a network page identical to it) reads
//   them from this build's cache; any other page — a newer build the network just delivered —
//   reads them from the network only, so a new page never gets an old build's cube.

const BUILD = 'dev';
const PRECACHE = [
];

const PREFIX = 'histanalyser-';
const CACHE = PREFIX + BUILD;
/** How long a page request may wait for the network before the cached app is shown. */
const NAVIGATION_TIMEOUT_MS = 2500;
/**
 * Content-hashed file names: Trunk's `analyser-web-0123456789abcdef_bg.wasm` (its hash is a
 * number in hex, so a leading zero makes it 15 digits or fewer), `boot-….js`, and the split
 * wasm's modules and loader named after it, `analyser-web-…_split_class.wasm`, `…_split.js`.
 */
const HASHED = /-[0-9a-f]{8,16}(_[a-z0-9_]+)?\.(js|wasm|css)$/;

/** Pages (client ids) known to be this build's: their unhashed files come from this cache. */
const thisBuild = new Set();
/** Pages known to be another build's (a newer page from the network): network only. */
const otherBuild = new Set();

self.addEventListener('install', (event) => {
  // All or nothing: if one file fails to download, the worker does not install and the next
  // visit tries again, so a half-filled cache never serves a broken app. `reload` skips the HTTP
  // cache, which could still hold a previous build's file under the same name.
  const requests = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

/** The app's own page: the worker's folder itself or its index.html, whatever the query. */
function isShell(url) {
  const scope = new URL(self.registration.scope);
  return url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`;
}

/** The network's answer, or `null` after `ms` or on a network error. */
function networkWithin(request, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    fetch(request).then(
      (response) => { clearTimeout(timer); resolve(response); },
      () => { clearTimeout(timer); resolve(null); },
    );
  });
}

async function navigate(event) {
  const request = event.request;
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  const response = await networkWithin(request, NAVIGATION_TIMEOUT_MS);
  if (!isShell(url)) {
    // Another file of the site in a tab: the network's answer if any, else this build's copy.
    // Never stored, and never stored as the shell.
    if (response) return response;
    return cacheFirst(request);
  }
  const cached = await cache.match('./');
  if (!response) {
    if (!cached) return fetch(request);
    if (event.resultingClientId) thisBuild.add(event.resultingClientId);
    return cached;
  }
  if (!response.ok || !cached) return response;
  // Online: the page is the network's. It is this build's if it is byte for byte the cached
  // shell; only then may its unhashed files come from this cache.
  const [fresh, ours] = await Promise.all([response.clone().arrayBuffer(), cached.arrayBuffer()]);
  if (event.resultingClientId) (sameBytes(fresh, ours) ? thisBuild : otherBuild).add(event.resultingClientId);
  return response;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return false;
  return true;
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (BUILD === 'dev' || request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event));
    return;
  }
  if (HASHED.test(url.pathname) || thisBuild.has(event.clientId)) {
    event.respondWith(cacheFirst(request));
  } else if (!otherBuild.has(event.clientId)) {
    // A page the worker has not seen load (it was restarted since, or the page loaded before
    // the worker took over): the network, and this build's copy only if there is no network.
    event.respondWith(fetch(request).catch(() => caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? Response.error())));
  }
  // A newer build's page fetches its files from the network as if there were no worker.
});
