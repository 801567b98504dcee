import { KIND_NAMES, kindLabel, type Kind } from '../../core/kinds';
import { keyOf, type GraphEntry } from '../graph';

/**
 * Pagefind filters: an entry's kind, and for entries tied to places and
 * domains, the region, domain and model titles. Filter names are Chinese
 * because Pagefind hands them back as they are; the URL uses the short keys.
 */
export const FILTER_GROUPS = [
  { key: 'kind', name: '类别' },
  { key: 'region', name: '盟市' },
  { key: 'domain', name: '领域' },
  { key: 'model', name: '工作模式' },
] as const;

export type FilterKey = (typeof FILTER_GROUPS)[number]['key'];
export type FilterName = (typeof FILTER_GROUPS)[number]['name'];

export interface Facet {
  name: FilterName;
  value: string;
}

type Ref = { collection: Kind; id: string };
type Lookup = (key: string) => GraphEntry | undefined;

export function searchFacets(entry: GraphEntry, lookup: Lookup): Facet[] {
  const d = entry.data as { region?: Ref; regions?: Ref[]; domains?: Ref[]; links?: { models?: Ref[] } };
  const title = (r: Ref) => lookup(keyOf(r.collection, r.id))?.title ?? r.id;
  // A region, domain or model page belongs to its own filter value too.
  const self = (kind: Kind, refs: Ref[]) => (entry.kind === kind ? [{ collection: kind, id: entry.id }] : refs);
  const facets: Facet[] = [{ name: '类别', value: kindLabel(entry.kind) }];
  for (const r of self('regions', [...(d.region ? [d.region] : []), ...(d.regions ?? [])])) facets.push({ name: '盟市', value: title(r) });
  for (const r of self('domains', d.domains ?? [])) facets.push({ name: '领域', value: title(r) });
  for (const r of self('models', d.links?.models ?? [])) facets.push({ name: '工作模式', value: title(r) });
  return facets;
}

/**
 * The order of entries when browsing without a query: kinds as in the
 * navigation, then the handbook's order within a kind (newest case first).
 * Zero-padded so it compares as a number or as text alike. Entry pages carry
 * it (SearchIndexData.astro); the search index (src/build/search-index.ts) lists Pagefind's page ids
 * in this order in BROWSE_ORDER_FILE (browse.ts).
 */
export function browseOrder(kind: Kind, position: number): string {
  return String(KIND_NAMES.indexOf(kind) * 100_000 + position).padStart(7, '0');
}

export interface FacetValue {
  value: string;
  count: number;
}

/**
 * Every filter value with the number of indexed entries carrying it, in
 * handbook order (kinds as in the navigation, regions and domains in their
 * fixed order, models by title). The search page renders these at build time
 * so the filter panel does not move when live counts arrive.
 */
export function facetTotals(entries: readonly GraphEntry[], lookup: Lookup): Record<FilterName, FacetValue[]> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const f of new Set(searchFacets(entry, lookup).map((f) => `${f.name}\u0000${f.value}`))) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const ordered = (name: FilterName, values: readonly string[]) =>
    values.filter((v) => counts.has(`${name}\u0000${v}`)).map((value) => ({ value, count: counts.get(`${name}\u0000${value}`)! }));
  const titles = (kind: Kind) => entries.filter((e) => e.kind === kind).map((e) => e.title);
  return {
    类别: ordered('类别', KIND_NAMES.map(kindLabel)),
    盟市: ordered('盟市', titles('regions')),
    领域: ordered('领域', titles('domains')),
    工作模式: ordered('工作模式', titles('models')),
  };
}
