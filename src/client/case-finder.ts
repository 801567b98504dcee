/**
 * The case finder with scripts: facet links become checkboxes, and the first
 * choice or keyword fetches every case in compact form (/cases/index-1.json…,
 * once). From then on each change filters all the cases, updates the counts
 * and shows the results grouped by region or domain, a page at a time
 * (「显示更多」). With nothing chosen the page's own cards and page links
 * come back. The state lives in the URL (`?q=红驼&region=bayannur&group=domain`)
 * so it can be shared. On a phone the facet sheet closes after each choice,
 * leaving the count at the top.
 */
import {
  CASE_FACETS,
  caseFinderStateToParams,
  emptySelection,
  expandCaseIndex,
  facetCounts,
  groupCases,
  limitGroups,
  matchesKeywords,
  matchesSelection,
  parseCaseFinderState,
  type CaseFacet,
  type CaseFinderState,
  type CaseGrouping,
  type CompactCaseIndex,
  type FinderCase,
} from '../lib/case-finder';
import { formatDate } from '../lib/facts';
import { entryUrl } from '../core/kinds';
import { toggleValue } from '../lib/search/query';
import { quickAddButton } from './basket-quick-add';

const el = <T extends HTMLElement>(tag: string, props: Partial<T> = {}, ...children: (Node | string)[]): T => {
  const node = Object.assign(document.createElement(tag), props) as T;
  node.append(...children);
  return node;
};

export function runCaseFinder(): void {
  const groups = document.querySelector<HTMLElement>('#case-groups')!;
  const pageSections = [...groups.children];
  // The page's own cards, reused for results so they keep their summaries.
  const pageCards = new Map([...groups.querySelectorAll<HTMLLIElement>('li[data-case]')].map((li) => [li.dataset.case!, li]));
  const pageSize = Number(groups.dataset.pageSize);
  const titles = JSON.parse(document.querySelector('#case-group-titles')!.textContent ?? '{}') as Record<CaseGrouping, Record<string, string>>;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('.facet-check input')];
  // Names of regions, domains and models, as the facets show them.
  const facetText = new Map(boxes.map((box) => [`${box.name}/${box.value}`, box.nextElementSibling!.textContent ?? box.value]));
  const nameOf = (facet: CaseFacet, value: string) => facetText.get(`${facet}/${value}`) ?? value;
  const status = document.querySelector<HTMLElement>('#case-finder-status')!;
  const pageLinks = document.querySelector<HTMLElement>('#case-finder-pages')!;
  const more = document.querySelector<HTMLButtonElement>('#case-finder-more')!;
  const none = document.querySelector<HTMLElement>('#case-finder-none')!;
  const clear = document.querySelector<HTMLButtonElement>('#case-finder-clear')!;
  const keywords = document.querySelector<HTMLInputElement>('#case-finder-q')!;
  const grouping = document.querySelector<HTMLFieldSetElement>('#case-finder-grouping')!;
  const sheet = document.querySelector<HTMLElement>('#case-facets')!;
  const selectedTotal = document.querySelector<HTMLElement>('[data-selected-total]')!;
  const narrow = matchMedia('(max-width: 55.99rem)');
  const total = Number(groups.dataset.total);
  const pageStatus = status.textContent!;

  for (const li of document.querySelectorAll<HTMLLIElement>('.case-finder__facets li')) {
    li.querySelector<HTMLElement>('.facet-link')!.hidden = true;
    li.querySelector<HTMLElement>('.facet-check')!.hidden = false;
  }
  grouping.hidden = false;

  let state: CaseFinderState = parseCaseFinderState(new URLSearchParams(location.search));
  keywords.value = state.q;
  let shown = pageSize;

  let cases: FinderCase[] | undefined;
  let texts: string[] = [];
  let loading: Promise<void> | undefined;
  function load(): Promise<void> {
    const part = (url: string) =>
      fetch(url).then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<CompactCaseIndex>;
      });
    loading ??= Promise.all(groups.dataset.index!.split(' ').map(part))
      .then((parts) => {
        cases = parts.flatMap(expandCaseIndex);
        // What the keywords are looked for in: a case's title, other names, region, domains, models and date.
        texts = cases.map(({ record: r, title, date, names }) =>
          [title, names, nameOf('region', r.region), ...r.domains.map((v) => nameOf('domain', v)), ...r.models.map((v) => nameOf('model', v)), formatDate(date)].join(' '));
      })
      .catch(() => {
        loading = undefined;
        status.textContent = '未能载入案例列表（可能没有网络）。请稍后再试，或翻页浏览。';
        groups.dataset.view = 'page';
      });
    return loading;
  }

  function caseItem(c: FinderCase): HTMLLIElement {
    const own = pageCards.get(c.record.id);
    if (own) return own.cloneNode(true) as HTMLLIElement;
    const r = c.record;
    const link = (kind: 'regions' | 'domains' | 'models', facet: CaseFacet, id: string) => el<HTMLAnchorElement>('a', { href: entryUrl(kind, id), textContent: nameOf(facet, id) });
    const meta = el('p', { className: 'meta' });
    for (const a of [link('regions', 'region', r.region), ...r.domains.map((d) => link('domains', 'domain', d))]) meta.append(a, ' · ');
    meta.append(el<HTMLTimeElement>('time', { dateTime: c.date, textContent: formatDate(c.date) }));
    const card = el('article', { className: 'card case-card' }, el('h3', {}, el<HTMLAnchorElement>('a', { href: entryUrl('cases', r.id), textContent: c.title })), meta, quickAddButton(`cases/${r.id}`, c.title));
    if (r.models.length > 0) {
      const models = el('p', { className: 'case-card__models' }, '工作模式：');
      r.models.forEach((m, i) => models.append(...(i > 0 ? ['、'] : []), link('models', 'model', m)));
      card.append(models);
    }
    const li = el<HTMLLIElement>('li', {}, card);
    li.dataset.case = r.id;
    return li;
  }

  function resultSections(matches: FinderCase[], grouped: { value: string; ids: string[] }[]): HTMLElement[] {
    const byId = new Map(matches.map((c) => [c.record.id, c]));
    return limitGroups(grouped, shown).map(({ value, total: count, ids }) => {
      const headingId = `h-${state.group}-${value}`;
      const counter = el('span', { className: 'case-group__count' }, '（', el('span', { textContent: String(count) }), '）');
      const section = el('section', { className: 'case-group' }, el('h2', { id: headingId }, titles[state.group][value] ?? value, counter), el('ul', { className: 'card-list' }, ...ids.map((id) => caseItem(byId.get(id)!))));
      section.setAttribute('aria-labelledby', headingId);
      return section;
    });
  }

  function render(): void {
    const query = caseFinderStateToParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    for (const box of boxes) box.checked = state.selection[box.name as CaseFacet].includes(box.value);
    let ticked = 0;
    for (const group of document.querySelectorAll<HTMLDetailsElement>('.case-finder__facets .filter-group')) {
      const n = state.selection[group.dataset.group as CaseFacet].length;
      ticked += n;
      group.querySelector('[data-selected-count]')!.textContent = n ? `已选 ${n}` : '';
      if (n) group.open = true;
    }
    selectedTotal.textContent = ticked ? `（已选 ${ticked}）` : '';
    for (const radio of grouping.querySelectorAll<HTMLInputElement>('input')) radio.checked = radio.value === state.group;
    const filtered = CASE_FACETS.some((f) => state.selection[f].length > 0) || state.q !== '';
    clear.hidden = !filtered;

    // Nothing chosen: the page as built, its cards and page links.
    if (!filtered && state.group === 'region') {
      groups.replaceChildren(...pageSections);
      groups.dataset.view = 'page';
      pageLinks.hidden = false;
      more.hidden = none.hidden = true;
      status.textContent = pageStatus;
      if (cases) updateCounts(cases);
      return;
    }
    if (!cases) {
      groups.dataset.view = 'loading';
      status.textContent = '正在载入全部案例……';
      void load().then(() => cases && render());
      return;
    }
    const byKeyword = cases.filter((_, i) => matchesKeywords(texts[i]!, state.q));
    const matches = byKeyword.filter((c) => matchesSelection(c.record, state.selection));
    // By domain a case shows in each of its domains, so the groups can hold more cards than there are cases.
    const grouped = groupCases(matches.map((c) => c.record), state.group, Object.keys(titles[state.group]));
    groups.replaceChildren(...resultSections(matches, grouped));
    groups.dataset.view = 'results';
    pageLinks.hidden = true;
    const left = grouped.reduce((n, g) => n + g.ids.length, 0) - groups.querySelectorAll('li[data-case]').length;
    more.hidden = left <= 0;
    more.textContent = `显示更多（还有 ${left} 个）`;
    none.hidden = matches.length > 0;
    updateCounts(byKeyword);
    const by = state.group === 'domain' ? '领域' : '盟市';
    status.textContent = filtered ? `符合条件的案例 ${matches.length} 个（共 ${total} 个），按${by}分组。` : `共 ${total} 个案例，按${by}分组。`;
  }

  function updateCounts(byKeyword: FinderCase[]): void {
    const counts = facetCounts(byKeyword.map((c) => c.record), state.selection);
    for (const box of boxes) {
      const count = counts[box.name as CaseFacet].get(box.value) ?? 0;
      box.disabled = count === 0 && !box.checked;
      box.closest('label')!.querySelector('[data-count]')!.textContent = String(count);
    }
  }

  /** A new state: results start again from their first page. */
  function update(next: Partial<CaseFinderState>): void {
    state = { ...state, ...next };
    shown = pageSize;
    render();
  }

  for (const box of boxes) {
    box.addEventListener('change', () => {
      update({ selection: toggleValue(state.selection, box.name as CaseFacet, box.value, box.checked) });
      // On a phone, back to the results after a choice; the count is at the top.
      if (narrow.matches && sheet.matches(':popover-open')) sheet.hidePopover();
    });
  }
  keywords.form!.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ q: keywords.value.trim() });
  });
  keywords.addEventListener('input', () => update({ q: keywords.value.trim() }));
  grouping.addEventListener('change', (event) => update({ group: (event.target as HTMLInputElement).value as CaseGrouping }));
  more.addEventListener('click', () => {
    shown += pageSize;
    render();
  });
  clear.addEventListener('click', () => {
    keywords.value = '';
    update({ selection: emptySelection(), q: '' });
  });
  render();
}
