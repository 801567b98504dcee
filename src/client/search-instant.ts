/**
 * The search page's script. search.astro loads it as one self-contained,
 * async file (built like a worker, `?worker&url`), not as a page module:
 * page modules run in document order, after the header's, whose chains of
 * imports cost a weak phone several round trips. So it answers a query in
 * the URL from the name index (names.ts) as soon as the page is parsed and
 * the preloaded index has arrived, while Pagefind loads; then the full
 * search (search-page.ts) takes over. Both render through resultItem and
 * renderHit.
 */
import { routeUrl } from '../core/kinds';
import { readQuestion } from '../lib/search/question';
import { loadNameIndex, loadNamesFor, readQuery, shardsFor, type NameHit, type NameIndex, type NameIndexData, type NameReadingsData, type NameShardData, type NameShardPlan, type NameTraditionalData } from '../lib/search/names';

/** Fetches JSON once; a failed fetch is forgotten, so the next search tries again. */
const fetched = new Map<string, Promise<unknown>>();
export function fetchJson<T>(path: string): Promise<T> {
  let load = fetched.get(path);
  if (!load) {
    load = fetch(routeUrl(path))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: ${r.status}`))))
      .catch((error: unknown) => {
        fetched.delete(path);
        throw error;
      });
    fetched.set(path, load);
  }
  return load as Promise<T>;
}

/** The name index without its shards, preloaded by search.astro; one small file. */
let indexLoad: Promise<NameIndex> | undefined;
function loadIndex(): Promise<NameIndex> {
  indexLoad ??= fetchJson<NameIndexData>('search-names.json')
    .then(loadNameIndex)
    .catch((error: unknown) => {
      indexLoad = undefined;
      throw error;
    });
  return indexLoad;
}

const shardPath = (n: number) => `search-names/${n}.json`;

/**
 * Starts fetching the shards a query typed in characters needs, from the
 * plan the page carries (search.astro), without waiting for the index.
 */
function prefetchShards(query: string): void {
  const planText = document.querySelector('meta[name="search-names-plan"]')?.getAttribute('content');
  if (!planText || !query) return;
  for (const n of shardsFor(query, JSON.parse(planText) as NameShardPlan).first) void fetchJson(shardPath(n)).catch(() => undefined);
}

/**
 * The name index with what `query` needs (loadNamesFor in names.ts): shards, the readings only for
 * sounds, the traditional forms only for a query (of a question, its topic) that may hold one.
 */
export async function loadNames(query = ''): Promise<NameIndex> {
  prefetchShards(query);
  const topic = readQuestion(query)?.topic.join(' ') ?? query;
  return loadNamesFor(
    query,
    await loadIndex(),
    {
      shard: (n) => fetchJson<NameShardData>(shardPath(n)),
      readings: () => fetchJson<NameReadingsData>('search-names-readings.json'),
      traditional: () => fetchJson<NameTraditionalData>('search-names-traditional.json'),
    },
    topic,
  );
}

/** A result item from the page's <template>: kind, note, title link; the caller fills the excerpt. */
export function resultItem(kind: string, note: string, url: string, title: string): HTMLLIElement {
  const template = document.querySelector<HTMLTemplateElement>('#search-result-template')!;
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  // Hook for a quick-add to the lesson basket: every result names its entry (/kind/id/).
  item.dataset.entry = url;
  item.querySelector('.kind-badge')!.textContent = kind;
  item.querySelector('.search-result__note')!.textContent = note;
  const link = item.querySelector<HTMLAnchorElement>('.search-result__title a')!;
  link.href = url;
  link.textContent = title;
  return item;
}

/** A result from the name index alone: what it is and where it goes. */
export function renderHit(hit: NameHit): HTMLLIElement {
  const item = resultItem(hit.entry.kind, hit.entry.note, hit.entry.url, hit.entry.title);
  item.querySelector('.search-result__excerpt')!.remove();
  item.querySelector('.search-result__sections')!.remove();
  return item;
}

/**
 * The names matching the query, shown while the full-text search is not yet
 * there. Near misses only when nothing matched better.
 */
export function showInstant(hits: readonly NameHit[]): void {
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const better = hits.filter((h) => h.how !== 'near');
  const shown = (better.length ? better : hits).slice(0, 5);
  if (!shown.length) return;
  list.replaceChildren(...shown.map(renderHit));
  list.setAttribute('aria-busy', 'true');
  document.querySelector('#search-status')!.textContent = '正在加载全文搜索…';
}

export function startSearchPage(): void {
  const params = new URLSearchParams(location.search);
  const q = (params.get('q') ?? '').trim();
  // Any other parameter is a filter, which the name index cannot apply.
  const filtered = [...params.keys()].some((k) => k !== 'q');
  const full = import('./search-page');
  if (q) {
    // Start Pagefind's chain of requests now rather than after the full script.
    void import(/* @vite-ignore */ routeUrl('pagefind/pagefind.js')).catch(() => undefined);
    if (!filtered) {
      void loadNames(q)
        .then((names) => {
          if (!document.querySelector('#search-results')!.hasAttribute('data-query')) showInstant(readQuery(q, names).hits);
        })
        .catch(() => undefined);
    }
  }
  void full.then((m) => m.runSearchPage());
}

// The head (with the shard plan) is parsed by the time an async script runs.
prefetchShards((new URLSearchParams(location.search).get('q') ?? '').trim());
// An async script may run before the page is parsed; the parse ends well before page modules run.
if (document.readyState === 'loading') document.addEventListener('readystatechange', startSearchPage, { once: true });
else startSearchPage();
