/**
 * Instant filtering for the case finder: facet links become checkboxes, and
 * every change filters the cards in place and updates the counts. The
 * selection lives in the URL (`?region=bayannur&year=2023`) so it can be shared.
 */
import {
  CASE_FACETS,
  caseSelectionToParams,
  emptySelection,
  facetCounts,
  matchesSelection,
  parseCaseSelection,
  type CaseFacet,
  type CaseRecord,
  type CaseSelection,
} from '../lib/case-finder';
import { toggleValue } from '../lib/search/query';

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

export function runCaseFinder(): void {
  const items = [...document.querySelectorAll<HTMLLIElement>('li[data-case]')];
  const records: CaseRecord[] = items.map((li) => ({
    id: li.dataset.case!,
    region: li.dataset.region!,
    domains: words(li.dataset.domains),
    models: words(li.dataset.models),
    year: li.dataset.year!,
  }));
  const boxes = [...document.querySelectorAll<HTMLInputElement>('.facet-check input')];
  const status = document.querySelector<HTMLElement>('#case-finder-status')!;
  const none = document.querySelector<HTMLElement>('#case-finder-none')!;
  const clear = document.querySelector<HTMLButtonElement>('#case-finder-clear')!;

  for (const li of document.querySelectorAll<HTMLLIElement>('.case-finder__facets li')) {
    li.querySelector<HTMLElement>('.facet-link')!.hidden = true;
    li.querySelector<HTMLElement>('.facet-check')!.hidden = false;
  }

  let selection: CaseSelection = parseCaseSelection(new URLSearchParams(location.search));

  function render(): void {
    let shown = 0;
    items.forEach((li, i) => {
      li.hidden = !matchesSelection(records[i]!, selection);
      if (!li.hidden) shown++;
    });
    for (const section of document.querySelectorAll<HTMLElement>('.case-year')) {
      const visible = section.querySelectorAll('li[data-case]:not([hidden])').length;
      section.hidden = visible === 0;
      section.querySelector('[data-year-count]')!.textContent = String(visible);
    }
    const counts = facetCounts(records, selection);
    for (const box of boxes) {
      const facet = box.name as CaseFacet;
      const count = counts[facet].get(box.value) ?? 0;
      box.checked = selection[facet].includes(box.value);
      box.disabled = count === 0 && !box.checked;
      box.closest('label')!.querySelector('[data-count]')!.textContent = String(count);
    }
    for (const group of document.querySelectorAll<HTMLDetailsElement>('.case-finder__facets .filter-group')) {
      const n = selection[group.dataset.group as CaseFacet].length;
      group.querySelector('[data-selected-count]')!.textContent = n ? `已选 ${n}` : '';
      if (n) group.open = true;
    }
    const filtered = CASE_FACETS.some((f) => selection[f].length > 0);
    clear.hidden = !filtered;
    none.hidden = shown > 0;
    status.textContent = filtered ? `符合条件的案例 ${shown} 个（共 ${records.length} 个）。` : `共 ${records.length} 个案例，按时间从新到旧排列。`;
    const query = caseSelectionToParams(selection).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }

  for (const box of boxes) {
    box.addEventListener('change', () => {
      selection = toggleValue(selection, box.name as CaseFacet, box.value, box.checked);
      render();
    });
  }
  clear.addEventListener('click', () => {
    selection = emptySelection();
    render();
  });
  render();
}
