/**
 * The offline package: which built files make it up, how they are named in
 * the service worker's cache, and how its size is shown. Shared by the build
 * step (scripts/offline.mjs), the service worker and the offline page, so the
 * three agree on names without copies.
 *
 * URLs here are relative to the site's base (the service worker's scope), so
 * the package works under a path prefix as well as at the domain root.
 */
import { isNumberedFile } from '../search/meta';

/** One file of the offline package: its URL, the MD5 of its content (the cache's revision) and its size. */
export interface PackageEntry {
  url: string;
  revision: string | null;
  size: number;
}

/** What the build writes next to the pages: everything the save action downloads. */
export interface OfflinePackage {
  build: string;
  entries: PackageEntry[];
}

/** The `<meta name>` that carries the build id on every page. */
export const BUILD_META_NAME = 'handbook-build';
/** The value pages carry until the offline step (scripts/offline.mjs) writes the real id in. */
export const BUILD_PLACEHOLDER = 'pending';

const CACHE_PREFIX = 'handbook-';

/** One cache per build: a page and the assets it names always come from the same build. */
export function cacheName(build: string): string {
  return `${CACHE_PREFIX}${build}`;
}

/** Caches of other builds, to delete once this build takes over. Caches of other sites are left alone. */
export function staleCaches(names: readonly string[], build: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName(build));
}

/** The package list of one build; its name changes with the build, so an old page never reads a new list. */
export function packageFile(build: string): string {
  return `offline-package-${build}.json`;
}

/** A marker stored in a build's cache once everything was saved, so the next build saves everything too. */
export const SAVED_MARKER = 'offline-package-saved';

/**
 * Pagefind fetches its entry file with `?ts=<metaCacheTag>`; with the build id
 * as the tag the URL is stable within a build, so it can be cached.
 */
export function withEntryTag(url: string, build: string): string {
  return url === 'pagefind/pagefind-entry.json' ? `${url}?ts=${build}` : url;
}

/**
 * Pagefind's files that the build names by their number (isNumberedFile):
 * the next build may give a name to other content, so a copy cached before
 * an update must be checked before use.
 */
export function isNumberedSearchFile(url: string): boolean {
  return url.startsWith('pagefind/') && isNumberedFile(url.slice('pagefind/'.length));
}

/**
 * Files whose names carry a hash of their content (Astro's bundles, Pagefind's
 * filter and meta files): an update copies them from the previous build's
 * cache instead of downloading them again.
 */
export function isImmutable(url: string): boolean {
  return url.startsWith('_astro/') || (/^pagefind\/.*\.pf_[a-z]+$/.test(url) && !isNumberedSearchFile(url));
}

/** The site URL of a built file: `cases/x/index.html` is `cases/x/`, `index.html` is `./`. */
export function fileUrl(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Built files that are not part of the offline package: Pagefind's files the
 * handbook never loads (the ready-made search UIs, the highlighter and the
 * worker: the search page runs Pagefind without one) and `_headers`, which
 * the host reads, never a page. Paths are relative to the built site.
 */
export function isUnusedFile(path: string): boolean {
  return path === '_headers' || /^pagefind\/(pagefind-(ui|component-ui|modular-ui)\.[a-z]+|pagefind-highlight\.js|pagefind-worker\.js)$/.test(path);
}

/**
 * The shell, cached on the first visit: styles and scripts, the home, search,
 * outline and offline pages, the icons, and the search core (Pagefind's
 * script, its WebAssembly, entry, meta and filter files). Everything else is
 * cached when read, or all at once by the save action.
 */
export function isShellFile(url: string): boolean {
  return (
    url.startsWith('_astro/') ||
    url.startsWith('icons/') ||
    ['./', 'search/', 'outline/', 'offline/', 'manifest.webmanifest', 'favicon.svg', 'basket-data.json'].includes(url) ||
    /^pagefind\/(pagefind\.js|pagefind-entry\.json(\?.*)?|wasm\.[^/]+|[^/]+\.pf_meta|filter\/.+)$/.test(url)
  );
}

/** Bytes as a reader sees them: 「8.3 MB」, 「512 KB」. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** Total bytes of a list of entries. */
export function totalSize(entries: readonly PackageEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.size, 0);
}

/** Runs `work` over the items a few at a time: enough to fill a slow link without flooding it. */
export async function eachInTurn<T>(items: readonly T[], work: (item: T) => Promise<void>, lanes = 4): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}
