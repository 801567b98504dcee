/**
 * The search page: reads its state from the URL, answers at once from the
 * small name index (names.ts: typos, traditional characters, pinyin) while
 * Pagefind loads, then asks Pagefind, ranks and renders results, keeps the
 * filter counts live once a filter is used, and never ends silently empty:
 * it offers the nearest entries and the pages to browse. The markup lives in
 * search.astro (<template>s); this file only fills it in.
 */
import { hasHan, joinHan, segmentHan, segmentQuery } from '../lib/search/segment';
import { byPhraseHits, holdsPhrase, matchOf, phraseWithin, phraseWeights, rankResults, type RankView } from '../lib/search/rank';
import { readQuestion, searchParts, topicPhrases } from '../lib/search/question';
import { hasFilters, pagefindFilters, parseSearchState, searchStateToParams, toggleFilter, type SearchState } from '../lib/search/query';
import { FILTER_GROUPS, type FilterKey } from '../lib/search/facets';
import { BROWSE_ORDER_FILE, inBrowseOrder } from '../lib/search/browse';
import { readQuery, type NameHit, type Reading } from '../lib/search/names';
import { fetchJson, loadNames, renderHit, resultItem, showInstant } from './search-instant';
import { cleanExcerpt, markPhrases } from '../lib/search/highlight';
import { HIGHLIGHT_KEY } from '../lib/search/handoff';
import { routeUrl, sitePath } from '../core/kinds';
import { isEntryKey } from '../lib/basket/outline';
import { quickAddButton } from './basket-quick-add';
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
let pagefindReady = false;
function loadPagefind(): Promise<Pagefind> {
  pagefindLoad ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ routeUrl('pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    pagefindReady = true;
    return pagefind;
  })().catch((error: unknown) => {
    pagefindLoad = undefined; // the next search tries again
    throw error;
  });
  return pagefindLoad;
}

/**
 * Searches report filter counts only once Pagefind's filter indexes are
 * loaded: a few requests, made only when a reader opens a filter group or
 * arrives with filters set, so a plain first search does not wait for them.
 */
let filtersLoad: Promise<unknown> | undefined;
const loadFilters = (pagefind: Pagefind) => (filtersLoad ??= pagefind.filters());

interface Found {
  results: PagefindResult[];
  counts: Record<string, Record<string, number>>;
}

/** Pagefind's results for the state (loose: every character of the query), with the filter counts. */
async function find(pagefind: Pagefind, state: SearchState): Promise<Found> {
  if (filtersLoad) await filtersLoad;
  const filters = pagefindFilters(state);
  // A question is searched by its topic words (question.ts).
  const text = state.q ? segmentQuery(searchParts(state.q).join(' ')) : null;
  // Browsing by filters alone lists entries in browse order.
  const [main, order] = await Promise.all([pagefind.search(text, { filters }), text === null ? fetchJson<string[]>(BROWSE_ORDER_FILE) : undefined]);
  // A filter's counts come from the search without that filter (search-query.ts).
  const counts: Record<string, Record<string, number>> = {};
  for (const { key, name } of FILTER_GROUPS) {
    counts[name] =
      state.filters[key].length === 0
        ? (main.filters[name] ?? {})
        : ((await pagefind.search(text, { filters: pagefindFilters(state, key) })).filters[name] ?? {});
  }
  return { results: order ? inBrowseOrder(main.results, order) : main.results, counts };
}

/**
 * The results with pages that contain each part of the query as a phrase
 * first, each group in the given order; for a question, its topic phrases
 * (with the site's names as extra words) weighted by length and rarity,
 * adding pages only they find (topicPhrases), and those weights for ranking.
 * The loose search only asks for the characters; the quoted search finds the
 * phrase. It costs about as much as the loose search on a large corpus, so it
 * runs only when the order it gives is needed: a question, or more than a
 * page of results (update()).
 * With `loaded` (the data of every result, in order), a phrase whose pages
 * are all among the results (phraseWithin) is found in that data instead.
 */
async function phrasesFirst(
  pagefind: Pagefind,
  state: SearchState,
  results: PagefindResult[],
  loaded?: readonly PagefindData[],
): Promise<{ ordered: PagefindResult[]; weights?: Map<string, number> }> {
  const question = !!readQuestion(state.q);
  const vocabulary = question ? ((await loadNames().catch(() => undefined))?.entries.flatMap((e) => e.names) ?? []) : [];
  // The question's own wording too when the topic's characters found less than a page.
  const phrases = topicPhrases(state.q, vocabulary, results.length < PAGE_SIZE).filter(({ phrase }) => hasHan(phrase) && [...phrase].length > 1);
  if (phrases.length === 0) return { ordered: results };
  const filters = pagefindFilters(state);
  const searched = searchParts(state.q).join('');
  const views = loaded?.map(rankView);
  const pagesWith = async (phrase: string) =>
    views && phraseWithin(phrase, searched)
      ? results.filter((_, i) => holdsPhrase(views[i]!, phrase))
      : (await pagefind.search(`"${segmentHan(phrase).trim()}"`, { filters })).results;
  const hits = await Promise.all(phrases.map(async ({ phrase, weight }) => ({ phrase, weight, results: await pagesWith(phrase) })));
  if (!question) return { ordered: byPhraseHits(results, hits, (r) => r.id, false) };
  const pages = await pageCount(pagefind);
  return { ordered: byPhraseHits(results, hits, (r) => r.id, true, pages), weights: phraseWeights(hits, pages) };
}

/** How many pages the index holds, for the rarity of a phrase (rank.ts); asked once. */
let pagesInIndex: Promise<number> | undefined;
const pageCount = (pagefind: Pagefind) => (pagesInIndex ??= pagefind.search(null).then((all) => all.results.length));

const rankView = (d: PagefindData): RankView => ({
  url: d.url,
  title: joinHan(d.meta.title ?? ''),
  aliases: joinHan(d.meta.aliases ?? '').split('、').filter(Boolean),
  titlePinyin: (d.meta.pinyin ?? '').split(' ').filter(Boolean),
  aliasPinyin: (d.meta.aliaspinyin ?? '').split(' ').filter(Boolean),
  summary: joinHan(d.meta.summary ?? ''),
  text: joinHan(d.content),
});

/** How a typed query was read, as told to the reader above the results. */
function readingNote(typed: string, reading: Reading | undefined, usedNear: boolean): string {
  if (!reading) return '';
  if (usedNear) return `没有找到「${typed}」，以下是「${reading.near}」的结果。`;
  if (reading.changed === 'pinyin') return `按拼音「${typed}」搜索「${reading.text}」。`;
  if (reading.changed === 'simplified') return `已按简体字「${reading.text}」搜索。`;
  return '';
}

/** Name hits worth putting first: the query is a whole name (or its pinyin), or a near miss of one. */
function pinnedHits(reading: Reading | undefined, typedFound: boolean): NameHit[] {
  if (!reading) return [];
  const top = reading.hits[0];
  if (top?.how === 'near') return typedFound ? [] : reading.hits.filter((h) => h.how === 'near' && h.spelled === top.spelled).slice(0, 3);
  return reading.hits.filter((h) => h.how === 'exact' || ((h.how === 'pinyin' || h.how === 'initials') && h.score >= 90)).slice(0, 3);
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const note = document.querySelector<HTMLElement>('#search-note')!;
  const didYouMean = document.querySelector<HTMLElement>('#search-didyoumean')!;
  const didYouMeanList = document.querySelector<HTMLElement>('#search-didyoumean-list')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const empty = document.querySelector<HTMLElement>('#search-empty')!;
  const error = document.querySelector<HTMLElement>('#search-error')!;
  const suggestions = document.querySelector<HTMLElement>('#search-suggestions')!;
  const suggestionList = document.querySelector<HTMLUListElement>('#search-suggestion-list')!;
  const sectionTemplate = document.querySelector<HTMLTemplateElement>('#search-section-template')!;
  const checkboxes = [...document.querySelectorAll<HTMLInputElement>('.filter-group input[type=checkbox]')];
  const idleStatus = status.textContent;

  let state = parseSearchState(new URLSearchParams(location.search));
  /** The query as handed to Pagefind (simplified, spelled from pinyin, or the near name). */
  let searched = state;
  let run = 0;
  let pending: PagefindResult[] = [];
  /** Entries already shown (pinned from the name index), left out of later pages. */
  let shown = new Set<string>();

  function renderResult(d: PagefindData): HTMLLIElement {
    const content = joinHan(d.content);
    const excerpt = (html: string) => markPhrases(cleanExcerpt(joinHan(html), content), searched.q);
    const item = resultItem(d.meta.kind ?? '', d.meta.note ?? '', d.url, joinHan(d.meta.title ?? d.url));
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
    // Straight into the lesson basket from the result, as from any card.
    const key = sitePath(new URL(d.url, location.href).pathname).replace(/\/$/, '');
    if (isEntryKey(key)) item.append(quickAddButton(key, joinHan(d.meta.title ?? key)));
    return item;
  }

  function linkList(target: HTMLElement, hits: readonly NameHit[], tag: 'li' | 'span'): void {
    target.replaceChildren(
      ...hits.map((h, i) => {
        const wrap = document.createElement(tag);
        if (tag === 'span' && i > 0) wrap.append('、');
        const a = document.createElement('a');
        a.href = h.entry.url;
        a.textContent = h.entry.title;
        wrap.append(a);
        if (tag === 'li') wrap.append(`（${[h.entry.kind, h.entry.note].filter(Boolean).join(' · ')}）`);
        return wrap;
      }),
    );
  }

  async function showMore(thisRun: number): Promise<void> {
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = (await Promise.all(next.map((r) => r.data()))).filter((d) => !shown.has(d.url));
    if (thisRun !== run) return;
    list.append(...data.map(renderResult));
    more.hidden = pending.length === 0;
  }

  /** Nothing found: the entries whose names come closest, and the static pages to browse. */
  function showEmpty(hits: readonly NameHit[]): void {
    linkList(suggestionList, hits.slice(0, 5), 'li');
    suggestions.hidden = hits.length === 0;
    empty.hidden = false;
  }

  /** Ticks and counts as the state says; without counts, the build-time totals. */
  function syncFilters(counts?: Record<string, Record<string, number>>): void {
    for (const box of checkboxes) {
      const key = box.name as FilterKey;
      const name = FILTER_GROUPS.find((g) => g.key === key)!.name;
      const countLabel = box.closest('label')!.querySelector<HTMLElement>('[data-count]')!;
      const count = counts?.[name] ? (counts[name][box.value] ?? 0) : Number(countLabel.dataset.total);
      box.checked = state.filters[key].includes(box.value);
      box.disabled = count === 0 && !box.checked;
      countLabel.textContent = String(count);
    }
    // Counts that follow the query (not the build-time totals) once the filter indexes are in.
    document.querySelector('.search-page__filters')!.toggleAttribute('data-live', !!counts);
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
    note.hidden = true;
    didYouMean.hidden = true;
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
    const names = state.q ? await loadNames(state.q).catch(() => undefined) : undefined;
    if (thisRun !== run) return;
    const reading = names ? readQuery(state.q, names) : undefined;
    searched = reading ? { ...state, q: reading.text } : state;
    // While Pagefind loads (a slow network), the names that match answer at once.
    if (reading && !pagefindReady && !hasFilters(state)) showInstant(reading.hits);
    let found: Found;
    let firstPage: PagefindData[];
    let usedNear = false;
    let pins: NameHit[] = [];
    let weights: Map<string, number> | undefined;
    try {
      const pagefind = await loadPagefind();
      if (hasFilters(state)) await loadFilters(pagefind);
      found = await find(pagefind, searched);
      // The typed text is in no page, but it is one edit from a name: search for that name.
      if (!found.results.length && reading?.near && !hasFilters(state)) {
        searched = { ...state, q: reading.near };
        found = await find(pagefind, searched);
        usedNear = true;
      }
      let ordered = found.results;
      const question = !!readQuestion(searched.q);
      const firstData = () => Promise.all(ordered.slice(0, PAGE_SIZE).map((r) => r.data()));
      // Up to a page of results is all shown: its fragments are needed anyway, and a question's
      // phrases are looked for in them (phrasesFirst).
      const wholeList = ordered.length <= PAGE_SIZE;
      let data = wholeList ? await firstData() : [];
      // Characters matched apart come after the phrase matches. Past a page, the phrase order decides
      // which fragments to fetch (a page's fragment holds its whole text): the quoted searches need
      // no index chunk the loose search did not. A question always needs its topic phrases, which
      // may also find pages the loose search missed.
      if (searched.q && (question || !wholeList)) {
        ({ ordered, weights } = await phrasesFirst(pagefind, searched, ordered, wholeList ? data : undefined));
        if (question) found = { ...found, results: ordered };
        data = await firstData();
      }
      firstPage = searched.q ? rankResults(data, searched.q, rankView, weights) : data;
      pending = ordered.slice(PAGE_SIZE);
      const typedFound = usedNear ? false : data.some((d) => matchOf(rankView(d), searched.q).tier <= 4);
      pins = hasFilters(state) ? [] : pinnedHits(reading, typedFound);
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
    // Pinned entries first: with Pagefind's excerpt where it found them, else from the name index.
    const byUrl = new Map(firstPage.map((d) => [d.url, d]));
    const pinnedUrls = new Set(pins.map((h) => h.entry.url));
    shown = pinnedUrls;
    list.replaceChildren(
      ...pins.map((h) => (byUrl.has(h.entry.url) ? renderResult(byUrl.get(h.entry.url)!) : renderHit(h))),
      ...firstPage.filter((d) => !pinnedUrls.has(d.url)).map(renderResult),
    );
    list.removeAttribute('aria-busy');
    list.dataset.query = state.q;
    more.hidden = pending.length === 0;
    syncFilters(filtersLoad ? found.counts : undefined);
    const total = found.results.length + pins.filter((h) => !byUrl.has(h.entry.url)).length;
    const scope = state.q ? `「${state.q}」` : '所选条件';
    status.textContent = total ? `${scope}共找到 ${total} 条结果` : `没有找到与${scope}相关的内容。`;
    note.textContent = readingNote(state.q, reading, usedNear);
    note.hidden = !note.textContent;
    // Near misses not already shown first, when the typed text was searched: offer them by name.
    const offered = new Set<string>();
    const offers = usedNear
      ? []
      : (reading?.hits ?? []).filter((h) => h.how === 'near' && !pinnedUrls.has(h.entry.url) && !offered.has(h.entry.title) && offered.add(h.entry.title)).slice(0, 3);
    if (offers.length && total) {
      linkList(didYouMeanList, offers, 'span');
      didYouMean.hidden = false;
    }
    if (!total) showEmpty(reading?.hits ?? []);
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
  // Live counts need the filter indexes: load them when a reader opens a group.
  for (const group of document.querySelectorAll<HTMLDetailsElement>('.filter-group')) {
    group.addEventListener('toggle', () => {
      if (!group.open || filtersLoad) return;
      void loadPagefind()
        .then(loadFilters)
        .then(() => (state.q || hasFilters(state) ? update() : undefined))
        .catch(() => undefined);
    });
  }
  more.addEventListener('click', () => void showMore(run));
  // Hand the query to the page a reader opens, which highlights it (search-box.ts).
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (link && searched.q) sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path: new URL(link.href).pathname, query: searched.q }));
  });
  syncFilters();
  if (state.q || hasFilters(state)) void update();
  // Start loading the indexes as soon as the reader touches the box.
  const warm = () => {
    void loadNames().catch(() => undefined);
    void loadPagefind().catch(() => undefined);
  };
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('pointerdown', warm, { once: true });
}
