/**
 * Instant filtering for the case finder: facet links become checkboxes, the
 * keyword box filters within the ticked facets, every change filters the
 * cards in place and updates the counts, and the cases can be grouped by
 * domain instead of region. The state lives in the URL
 * (`?q=红驼&region=bayannur&group=domain`) so it can be shared. On a phone
 * the facet sheet closes after each choice, leaving the count at the top.
 */
import {
  CASE_FACETS,
  caseFinderStateToParams,
  emptySelection,
  facetCounts,
  groupCases,
  matchesKeywords,
  matchesSelection,
  parseCaseFinderState,
  type CaseFacet,
  type CaseFinderState,
  type CaseGrouping,
  type CaseRecord,
} from '../lib/case-finder';
import { toggleValue } from '../lib/search/query';

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

export function runCaseFinder(): void {
  const groups = document.querySelector<HTMLElement>('#case-groups')!;
  const items = [...groups.querySelectorAll<HTMLLIElement>('li[data-case]')];
  const records: CaseRecord[] = items.map((li) => ({
    id: li.dataset.case!,
    region: li.dataset.region!,
    domains: words(li.dataset.domains),
    models: words(li.dataset.models),
    year: li.dataset.year!,
  }));
  // What the keywords are looked for in: the card's text and the case's aliases and place.
  const texts = items.map((li) => `${li.textContent ?? ''} ${li.dataset.names ?? ''}`);
  const itemOf = new Map(items.map((li) => [li.dataset.case!, li]));
  const byRegion = [...groups.children];
  const titles = JSON.parse(document.querySelector('#case-group-titles')!.textContent ?? '{}') as Record<CaseGrouping, Record<string, string>>;
  const boxes = [...document.querySelectorAll<HTMLInputElement>('.facet-check input')];
  const status = document.querySelector<HTMLElement>('#case-finder-status')!;
  const none = document.querySelector<HTMLElement>('#case-finder-none')!;
  const clear = document.querySelector<HTMLButtonElement>('#case-finder-clear')!;
  const keywords = document.querySelector<HTMLInputElement>('#case-finder-q')!;
  const grouping = document.querySelector<HTMLFieldSetElement>('#case-finder-grouping')!;
  const sheet = document.querySelector<HTMLElement>('#case-facets')!;
  const selectedTotal = document.querySelector<HTMLElement>('[data-selected-total]')!;
  const narrow = matchMedia('(max-width: 55.99rem)');

  for (const li of document.querySelectorAll<HTMLLIElement>('.case-finder__facets li')) {
    li.querySelector<HTMLElement>('.facet-link')!.hidden = true;
    li.querySelector<HTMLElement>('.facet-check')!.hidden = false;
  }
  grouping.hidden = false;

  let state: CaseFinderState = parseCaseFinderState(new URLSearchParams(location.search));
  keywords.value = state.q;

  /** Sections by domain, built on first use: a case appears under each of its domains. */
  let byDomain: Element[] | undefined;
  function domainSections(): Element[] {
    byDomain ??= groupCases(records, 'domain', Object.keys(titles.domain)).map(({ value, ids }) => {
      const section = byRegion[0]!.cloneNode(false) as HTMLElement;
      section.dataset.groupValue = value;
      section.setAttribute('aria-labelledby', `h-domain-${value}`);
      const heading = byRegion[0]!.querySelector('h2')!.cloneNode(true) as HTMLElement;
      heading.id = `h-domain-${value}`;
      heading.firstChild!.textContent = titles.domain[value] ?? value;
      const list = byRegion[0]!.querySelector('ul')!.cloneNode(false) as HTMLUListElement;
      list.append(...ids.map((id) => itemOf.get(id)!.cloneNode(true)));
      section.append(heading, list);
      return section;
    });
    return byDomain;
  }

  function render(): void {
    const byKeyword = records.filter((_, i) => matchesKeywords(texts[i]!, state.q));
    const shownIds = new Set(byKeyword.filter((r) => matchesSelection(r, state.selection)).map((r) => r.id));
    const sections = state.group === 'domain' ? domainSections() : byRegion;
    if (groups.dataset.grouping !== state.group) {
      groups.replaceChildren(...sections);
      groups.dataset.grouping = state.group;
    }
    for (const section of sections) {
      let visible = 0;
      for (const li of section.querySelectorAll<HTMLLIElement>('li[data-case]')) {
        li.hidden = !shownIds.has(li.dataset.case!);
        if (!li.hidden) visible++;
      }
      (section as HTMLElement).hidden = visible === 0;
      section.querySelector('[data-group-count]')!.textContent = String(visible);
    }
    const counts = facetCounts(byKeyword, state.selection);
    for (const box of boxes) {
      const facet = box.name as CaseFacet;
      const count = counts[facet].get(box.value) ?? 0;
      box.checked = state.selection[facet].includes(box.value);
      box.disabled = count === 0 && !box.checked;
      box.closest('label')!.querySelector('[data-count]')!.textContent = String(count);
    }
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
    none.hidden = shownIds.size > 0;
    const by = state.group === 'domain' ? '领域' : '盟市';
    status.textContent = filtered ? `符合条件的案例 ${shownIds.size} 个（共 ${records.length} 个），按${by}分组。` : `共 ${records.length} 个案例，按${by}分组。`;
    const query = caseFinderStateToParams(state).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  for (const box of boxes) {
    box.addEventListener('change', () => {
      state = { ...state, selection: toggleValue(state.selection, box.name as CaseFacet, box.value, box.checked) };
      render();
      // On a phone, back to the results after a choice; the count is at the top.
      if (narrow.matches && sheet.matches(':popover-open')) sheet.hidePopover();
    });
  }
  keywords.form!.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: keywords.value.trim() };
    render();
  });
  keywords.addEventListener('input', () => {
    state = { ...state, q: keywords.value.trim() };
    render();
  });
  grouping.addEventListener('change', (event) => {
    state = { ...state, group: (event.target as HTMLInputElement).value as CaseGrouping };
    render();
  });
  clear.addEventListener('click', () => {
    state = { ...state, selection: emptySelection(), q: '' };
    keywords.value = '';
    render();
  });
  render();
}
