import { FILTER_GROUPS, type FilterKey } from './facets';

/**
 * The search page's state, kept in its URL so a search can be bookmarked,
 * shared and reloaded: `/search/?q=骆驼&region=巴彦淖尔市&kind=案例`.
 * Values within one filter are alternatives (any of them); different filters
 * must all hold.
 */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

const emptyFilters = (): Record<FilterKey, string[]> => ({ kind: [], region: [], domain: [], model: [] });

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const { key } of FILTER_GROUPS) filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key } of FILTER_GROUPS) for (const value of state.filters[key]) params.append(key, value);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_GROUPS.some(({ key }) => state.filters[key].length > 0);
}

/** A selection (filter key → ticked values) with one value ticked or unticked; also used by the case finder. */
export function toggleValue<S extends Record<string, readonly string[]>>(selection: S, key: keyof S, value: string, on: boolean): S {
  const others = selection[key]!.filter((v) => v !== value);
  return { ...selection, [key]: on ? [...others, value] : others };
}

export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  return { ...state, filters: toggleValue(state.filters, key, value, on) };
}

/**
 * Pagefind's filter object for the state, optionally leaving one filter out:
 * the counts shown beside a filter's values come from the search without
 * that filter, so ticking a second region adds to the results instead of
 * showing zero everywhere.
 */
export function pagefindFilters(state: SearchState, without?: FilterKey): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const { key, name } of FILTER_GROUPS) {
    if (key !== without && state.filters[key].length > 0) filters[name] = { any: state.filters[key] };
  }
  return filters;
}
