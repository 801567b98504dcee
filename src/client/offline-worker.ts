/**
 * The service worker (bundled into sw.js by scripts/offline.mjs).
 *
 * Every build has its own cache (cacheName). Within a build, files are served
 * from the cache first, and whatever is fetched is added to it, so pages read
 * once stay readable offline. A new build installs into a new cache and waits:
 * the page asks the reader (「新版本可用」) before it takes over, then the old
 * cache is deleted. A page and the assets it names therefore always come from
 * one build.
 */
import { SAVED_MARKER, cacheName, eachInTurn, isImmutable, isNumberedSearchFile, packageFile, staleCaches, type OfflinePackage } from '../lib/offline/package';

// The DOM library has no service worker types; these are the parts used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** The shell's files, written in when the worker is bundled (scripts/offline.mjs). */
  __SW_MANIFEST: { url: string }[];
}
declare const self: ServiceWorkerScope;
declare const __BUILD_ID__: string;

const BUILD = __BUILD_ID__;
const CACHE = cacheName(BUILD);
const scope = self.registration.scope;
const at = (url: string) => new URL(url, scope).href;

/**
 * Fills this build's cache: the shell, and the whole package if the reader
 * had saved everything from an earlier build. Files named by their content
 * are copied from the earlier build's cache; the rest is downloaded.
 */
async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  const earlier = await Promise.all(staleCaches(await caches.keys(), BUILD).map((name) => caches.open(name)));
  const urls = new Set(self.__SW_MANIFEST.map((entry) => entry.url));
  const savedBefore = (await Promise.all(earlier.map((old) => old.match(at(SAVED_MARKER))))).some(Boolean);
  let saved: Response | undefined;
  if (savedBefore) {
    const response = await fetch(at(packageFile(BUILD)), { cache: 'no-store' });
    if (!response.ok) throw new Error(`offline package of build ${BUILD}: HTTP ${response.status}`);
    saved = response.clone();
    for (const entry of ((await response.json()) as OfflinePackage).entries) urls.add(entry.url);
  }
  await eachInTurn([...urls], async (url) => {
    if (isImmutable(url)) {
      for (const old of earlier) {
        const copy = await old.match(at(url), { ignoreVary: true });
        if (copy) return cache.put(at(url), copy);
      }
    }
    const response = await fetch(at(url), { cache: 'reload' });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    await cache.put(at(url), response);
  });
  if (saved) await cache.put(at(SAVED_MARKER), saved);
}

self.addEventListener('install', (event) => {
  // The first worker takes over at once: there is no earlier build to keep consistent with.
  if (!self.registration.active) void self.skipWaiting();
  event.waitUntil(install());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), BUILD).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  // The page sends this when the reader accepts 「新版本可用」.
  if (type === 'activate') void self.skipWaiting();
  // The save action checks it is saving the build this worker serves.
  if (type === 'build') event.ports[0]?.postMessage(BUILD);
});

async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const navigation = request.mode === 'navigate';
  // A page's query string is state for its script (the search page's ?q=), not a different file.
  const key = navigation ? at(new URL(request.url).pathname) : request;
  // One cache per build, keyed by URL: a file stored by the install (no Origin
  // header) must also answer a module script's request (with one).
  const cached = await cache.match(key, { ignoreVary: true });
  if (cached) return cached;
  try {
    // The browser's own cache may hold a numbered search file from the build before.
    const response = await fetch(request, isNumberedSearchFile(request.url.slice(scope.length)) ? { cache: 'no-cache' } : undefined);
    if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
    return response;
  } catch (error) {
    // A page not saved yet: the offline page says so and offers to save everything.
    const fallback = navigation ? await cache.match(at('offline/')) : undefined;
    if (fallback) return fallback;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(respond(request));
});
