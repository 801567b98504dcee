/**
 * The search page: reads its state from the URL, asks Pagefind (loaded only
 * here, on demand), ranks and renders results, keeps the filter counts live,
 * and offers close glossary terms when nothing matches. The markup lives in
 * search.astro (<template>s); this file only fills it in.
 */
import { hasHan, joinHan, queryParts, segmentHan, segmentQuery } from '../lib/search/segment';
import { matchOf, rankResults, type RankView } from '../lib/search/rank';
import { hasFilters, pagefindFilters, parseSearchState, searchStateToParams, toggleFilter, type SearchState } from '../lib/search/query';
import { FILTER_GROUPS, type FilterKey } from '../lib/search/facets';
import { closestTerms, type TermChoice } from '../lib/search/suggest';
import { markPhrases } from '../lib/search/highlight';
import { HIGHLIGHT_KEY } from '../lib/search/handoff';
import { routeUrl } from '../core/kinds';
import { pageBuild } from './offline-build';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: object): Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;
const PAGEFIND_OPTIONS = {
  // The index is small: searching on the page saves fetching the worker script.
  noWorker: true,
  // Words are single Han characters (search-segment.ts), so excerpts count characters.
  excerptLength: 48,
  excerptEllipsis: '…',
  // The entry file is fetched as pagefind-entry.json?ts=<tag>: the build id keeps it cacheable offline.
  metaCacheTag: pageBuild(),
  ranking: {
    // Aliases and pinyin keys are names too: a match there counts like one in
    // the title. The summary is the entry's own one-line description.
    metaWeights: { title: 5, aliases: 5, pinyin: 5, aliaspinyin: 5, summary: 2, kind: 0 },
  },
};

let pagefindLoad: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindLoad ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ routeUrl('pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    // Searches report filter counts only once the filter indexes are loaded (a few KB).
    await pagefind.filters();
    return pagefind;
  })().catch((error: unknown) => {
    pagefindLoad = undefined; // the next search tries again
    throw error;
  });
  return pagefindLoad;
}

interface Found {
  results: PagefindResult[];
  counts: Record<string, Record<string, number>>;
}

/** Pagefind's results for the state (loose: every character of the query), with the filter counts. */
async function find(pagefind: Pagefind, state: SearchState): Promise<Found> {
  const filters = pagefindFilters(state);
  const main = state.q
    ? await pagefind.search(segmentQuery(state.q), { filters })
    : await pagefind.search(null, { filters, sort: { browse: 'asc' } });
  // A filter's counts come from the search without that filter (search-query.ts).
  const counts: Record<string, Record<string, number>> = {};
  for (const { key, name } of FILTER_GROUPS) {
    counts[name] =
      state.filters[key].length === 0
        ? (main.filters[name] ?? {})
        : ((await pagefind.search(state.q ? segmentQuery(state.q) : null, { filters: pagefindFilters(state, key) })).filters[name] ?? {});
  }
  return { results: main.results, counts };
}

/**
 * The results with pages that contain each part of the query as a phrase
 * first, each group in the given order. The loose search only asks for the
 * characters; the quoted search finds the phrase. It costs about as much as
 * the loose search on a large corpus, so it runs only when the order it gives
 * is needed (see update() and showMore()).
 */
async function phrasesFirst(pagefind: Pagefind, state: SearchState, results: PagefindResult[]): Promise<PagefindResult[]> {
  const phrases = queryParts(state.q).filter((p) => hasHan(p) && [...p].length > 1);
  if (phrases.length === 0) return results;
  const filters = pagefindFilters(state);
  const phraseHits = await Promise.all(
    phrases.map(async (p) => new Set((await pagefind.search(`"${segmentHan(p).trim()}"`, { filters })).results.map((r) => r.id))),
  );
  const hits = (r: PagefindResult) => phraseHits.filter((ids) => ids.has(r.id)).length;
  return results.map((r, i) => ({ r, i, h: hits(r) })).sort((a, b) => b.h - a.h || a.i - b.i).map((x) => x.r);
}

const rankView = (d: PagefindData): RankView => ({
  url: d.url,
  title: joinHan(d.meta.title ?? ''),
  aliases: joinHan(d.meta.aliases ?? '').split('、').filter(Boolean),
  titlePinyin: (d.meta.pinyin ?? '').split(' ').filter(Boolean),
  aliasPinyin: (d.meta.aliaspinyin ?? '').split(' ').filter(Boolean),
  summary: joinHan(d.meta.summary ?? ''),
  text: joinHan(d.content),
});

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const empty = document.querySelector<HTMLElement>('#search-empty')!;
  const error = document.querySelector<HTMLElement>('#search-error')!;
  const suggestions = document.querySelector<HTMLElement>('#search-suggestions')!;
  const suggestionList = document.querySelector<HTMLUListElement>('#search-suggestion-list')!;
  const resultTemplate = document.querySelector<HTMLTemplateElement>('#search-result-template')!;
  const sectionTemplate = document.querySelector<HTMLTemplateElement>('#search-section-template')!;
  const terms = JSON.parse(document.querySelector('#search-terms')!.textContent ?? '[]') as TermChoice[];
  const checkboxes = [...document.querySelectorAll<HTMLInputElement>('.filter-group input[type=checkbox]')];
  const idleStatus = status.textContent;

  let state = parseSearchState(new URLSearchParams(location.search));
  let run = 0;
  let pending: PagefindResult[] = [];
  /** Whether `pending` already has the phrase matches first (phrasesFirst). */
  let phrasesDone = true;

  function renderResult(d: PagefindData): HTMLLIElement {
    const excerpt = (html: string) => markPhrases(joinHan(html), state.q);
    const item = resultTemplate.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    item.querySelector('.kind-badge')!.textContent = d.meta.kind ?? '';
    const link = item.querySelector<HTMLAnchorElement>('.search-result__title a')!;
    link.href = d.url;
    link.textContent = joinHan(d.meta.title ?? d.url);
    // Pagefind escapes the text and adds only <mark>: safe as HTML.
    item.querySelector('.search-result__excerpt')!.innerHTML = excerpt(d.excerpt);
    const sections = item.querySelector<HTMLUListElement>('.search-result__sections')!;
    for (const sub of d.sub_results.filter((s) => s.anchor).slice(0, 3)) {
      const li = sectionTemplate.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      const a = li.querySelector('a')!;
      a.href = sub.url;
      a.textContent = joinHan(sub.title);
      li.querySelector('span')!.innerHTML = excerpt(sub.excerpt);
      sections.append(li);
    }
    if (!sections.children.length) sections.remove();
    return item;
  }

  async function showMore(thisRun: number): Promise<void> {
    if (!phrasesDone) {
      const reordered = await phrasesFirst(await loadPagefind(), state, pending);
      if (thisRun !== run) return;
      pending = reordered;
      phrasesDone = true;
    }
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (thisRun !== run) return;
    list.append(...data.map(renderResult));
    more.hidden = pending.length === 0;
  }

  /** Nothing found: the closest glossary terms, and the static pages to browse. */
  function showEmpty(): void {
    const close = state.q ? closestTerms(state.q, terms) : [];
    suggestionList.replaceChildren(
      ...close.map((t) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = t.url;
        a.textContent = t.title;
        li.append(a);
        return li;
      }),
    );
    suggestions.hidden = close.length === 0;
    empty.hidden = false;
  }

  /** Ticks and counts as the state says; without counts, the build-time totals. */
  function syncFilters(counts?: Record<string, Record<string, number>>): void {
    for (const box of checkboxes) {
      const key = box.name as FilterKey;
      const name = FILTER_GROUPS.find((g) => g.key === key)!.name;
      const countLabel = box.closest('label')!.querySelector<HTMLElement>('[data-count]')!;
      const count = counts ? (counts[name]?.[box.value] ?? 0) : Number(countLabel.dataset.total);
      box.checked = state.filters[key].includes(box.value);
      box.disabled = count === 0 && !box.checked;
      countLabel.textContent = String(count);
    }
    for (const group of document.querySelectorAll<HTMLDetailsElement>('.filter-group')) {
      const n = state.filters[group.dataset.group as FilterKey].length;
      group.querySelector('[data-selected-count]')!.textContent = n ? `已选 ${n}` : '';
      if (n) group.open = true;
    }
  }

  async function update(): Promise<void> {
    const thisRun = ++run;
    const started = performance.now();
    const params = searchStateToParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
    empty.hidden = true;
    error.hidden = true;
    if (!state.q && !hasFilters(state)) {
      list.replaceChildren();
      list.removeAttribute('data-query');
      more.hidden = true;
      status.textContent = idleStatus;
      syncFilters();
      return;
    }
    list.setAttribute('aria-busy', 'true');
    status.textContent = '正在搜索…';
    let found: Found;
    let firstPage: PagefindData[];
    try {
      const pagefind = await loadPagefind();
      found = await find(pagefind, state);
      let ordered = found.results;
      let data = await Promise.all(ordered.slice(0, PAGE_SIZE).map((r) => r.data()));
      // Characters matched apart on the first page: bring the phrase matches forward.
      phrasesDone = !state.q || ordered.length <= PAGE_SIZE || data.every((d) => matchOf(rankView(d), state.q).tier <= 4);
      if (!phrasesDone) {
        ordered = await phrasesFirst(pagefind, state, ordered);
        data = await Promise.all(ordered.slice(0, PAGE_SIZE).map((r) => r.data()));
        phrasesDone = true;
      }
      firstPage = state.q ? rankResults(data, state.q, rankView) : data;
      pending = ordered.slice(PAGE_SIZE);
    } catch (e) {
      if (thisRun !== run) return;
      console.error(e);
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      status.textContent = '搜索暂时不可用。';
      error.hidden = false;
      return;
    }
    if (thisRun !== run) return;
    list.replaceChildren(...firstPage.map(renderResult));
    list.removeAttribute('aria-busy');
    list.dataset.query = state.q;
    more.hidden = pending.length === 0;
    syncFilters(found.counts);
    const total = found.results.length;
    const scope = state.q ? `「${state.q}」` : '所选条件';
    status.textContent = total ? `${scope}共找到 ${total} 条结果` : `没有找到与${scope}相关的内容。`;
    if (!total) showEmpty();
    performance.measure('search', { start: started, detail: state.q });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.value = state.q;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: input.value.trim() };
      void update();
    }, DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value.trim() };
    void update();
  });
  for (const box of checkboxes) {
    box.addEventListener('change', () => {
      state = toggleFilter(state, box.name as FilterKey, box.value, box.checked);
      void update();
    });
  }
  more.addEventListener('click', () => void showMore(run));
  // Hand the query to the page a reader opens, which highlights it (search-box.ts).
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (link && state.q) sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path: new URL(link.href).pathname, query: state.q }));
  });
  syncFilters();
  if (state.q || hasFilters(state)) void update();
  // Start loading the index while the reader is still typing.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
}
