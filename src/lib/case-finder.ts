import type { GraphEntry } from './graph';

/**
 * The case finder's facets: domain × region × model × year. Values within a
 * facet are alternatives (巴彦淖尔 or 赤峰); different facets must all hold.
 * Counts beside a facet's values ignore that facet's own selection, so they
 * say how many cases ticking the value would add (the usual "disjunctive"
 * facet counts). Used at build time for the static counts and in the browser
 * for live filtering.
 */
export const CASE_FACETS = ['domain', 'region', 'model', 'year'] as const;
export type CaseFacet = (typeof CASE_FACETS)[number];

export interface CaseRecord {
  id: string;
  region: string;
  domains: readonly string[];
  models: readonly string[];
  /** Four digits. */
  year: string;
}

export type CaseSelection = Record<CaseFacet, readonly string[]>;

export const emptySelection = (): CaseSelection => ({ domain: [], region: [], model: [], year: [] });

type Ref = { id: string };

export function caseRecord(entry: GraphEntry): CaseRecord {
  const d = entry.data as { region: Ref; domains: Ref[]; date: string; links?: { models?: Ref[] } };
  return {
    id: entry.id,
    region: d.region.id,
    domains: d.domains.map((r) => r.id),
    models: (d.links?.models ?? []).map((r) => r.id),
    year: String(d.date).slice(0, 4),
  };
}

export function valuesOf(record: CaseRecord, facet: CaseFacet): readonly string[] {
  switch (facet) {
    case 'domain':
      return record.domains;
    case 'region':
      return [record.region];
    case 'model':
      return record.models;
    case 'year':
      return [record.year];
  }
}

/** Whether a case passes every facet's selection, optionally ignoring one facet. */
export function matchesSelection(record: CaseRecord, selection: CaseSelection, ignore?: CaseFacet): boolean {
  return CASE_FACETS.every((facet) => {
    const wanted = selection[facet];
    return facet === ignore || wanted.length === 0 || valuesOf(record, facet).some((v) => wanted.includes(v));
  });
}

export function facetCounts(records: readonly CaseRecord[], selection: CaseSelection): Record<CaseFacet, Map<string, number>> {
  const counts = Object.fromEntries(CASE_FACETS.map((f) => [f, new Map<string, number>()])) as Record<CaseFacet, Map<string, number>>;
  for (const facet of CASE_FACETS) {
    for (const record of records) {
      if (!matchesSelection(record, selection, facet)) continue;
      for (const value of new Set(valuesOf(record, facet))) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

export interface FacetOption {
  value: string;
  count: number;
}

/**
 * Each facet's values that occur in the cases, with their counts: regions,
 * domains and models in the given order, years newest first.
 */
export function facetOptions(records: readonly CaseRecord[], order: Record<'domain' | 'region' | 'model', readonly string[]>): Record<CaseFacet, FacetOption[]> {
  const counts = facetCounts(records, emptySelection());
  const pick = (facet: CaseFacet, values: readonly string[]) =>
    values.filter((v) => counts[facet].has(v)).map((value) => ({ value, count: counts[facet].get(value)! }));
  return {
    domain: pick('domain', order.domain),
    region: pick('region', order.region),
    model: pick('model', order.model),
    year: pick('year', [...counts.year.keys()].sort().reverse()),
  };
}

/** The selection in a URL query, e.g. `?region=bayannur&year=2023`, and back. */
export function parseCaseSelection(params: URLSearchParams): CaseSelection {
  const selection = emptySelection();
  for (const facet of CASE_FACETS) selection[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  return selection;
}

export function caseSelectionToParams(selection: CaseSelection): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of CASE_FACETS) for (const value of selection[facet]) params.append(facet, value);
  return params;
}

/** How the cases are grouped: by region (盟市) or by domain (领域); years are only a filter. */
export const CASE_GROUPINGS = ['region', 'domain'] as const;
export type CaseGrouping = (typeof CASE_GROUPINGS)[number];

/** Everything the case finder's URL holds: `?q=红驼&region=bayannur&group=domain`. */
export interface CaseFinderState {
  selection: CaseSelection;
  /** Keywords, all of which a case's text must contain. */
  q: string;
  group: CaseGrouping;
}

export function parseCaseFinderState(params: URLSearchParams): CaseFinderState {
  const group = params.get('group');
  return {
    selection: parseCaseSelection(params),
    q: (params.get('q') ?? '').trim(),
    group: CASE_GROUPINGS.find((g) => g === group) ?? 'region',
  };
}

export function caseFinderStateToParams(state: CaseFinderState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, value] of caseSelectionToParams(state.selection)) params.append(key, value);
  if (state.group !== 'region') params.set('group', state.group);
  return params;
}

/** Whether a case's text contains every space-separated keyword (letters in any case). */
export function matchesKeywords(text: string, q: string): boolean {
  const lower = text.toLowerCase();
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((word) => lower.includes(word));
}

/**
 * The cases in groups, in the given order of group values: by region each
 * case once, by domain a case in each of its domains. Empty groups are left out.
 */
export function groupCases(records: readonly CaseRecord[], group: CaseGrouping, order: readonly string[]): { value: string; ids: string[] }[] {
  const facet: CaseFacet = group;
  return order
    .map((value) => ({ value, ids: records.filter((r) => valuesOf(r, facet).includes(value)).map((r) => r.id) }))
    .filter((g) => g.ids.length > 0);
}

/**
 * The case finder's data for the browser, fetched once the reader filters
 * (/cases/index-1.json…, in parts of CASE_INDEX_PART_SIZE cases so that no
 * one file grows past 60 KB gzip with thousands of cases): per case its id, title, date, region, domains, models
 * and other names (aliases, place), in arrays with the region, domain and
 * model ids given once and referred to by position. No summaries: they would
 * make the file several times larger, and the keyword box looks for names.
 */
export const CASE_INDEX_PART_SIZE = 1000;

export interface CompactCaseIndex {
  regions: string[];
  domains: string[];
  models: string[];
  /** [id, title, date, region, domains, models, names] */
  cases: [string, string, string, number, number[], number[], string][];
}

/** A case as the browser's case finder knows it. */
export interface FinderCase {
  record: CaseRecord;
  title: string;
  date: string;
  /** Aliases and place, space-separated, for the keyword box. */
  names: string;
}

export function compactCaseIndex(cases: readonly FinderCase[]): CompactCaseIndex {
  const positions = (values: Iterable<string>) => {
    const list = [...new Set(values)];
    return { list, at: new Map(list.map((v, i) => [v, i])) };
  };
  const regions = positions(cases.map((c) => c.record.region));
  const domains = positions(cases.flatMap((c) => c.record.domains));
  const models = positions(cases.flatMap((c) => c.record.models));
  return {
    regions: regions.list,
    domains: domains.list,
    models: models.list,
    cases: cases.map(({ record: r, title, date, names }) => [
      r.id,
      title,
      date,
      regions.at.get(r.region)!,
      r.domains.map((v) => domains.at.get(v)!),
      r.models.map((v) => models.at.get(v)!),
      names,
    ]),
  };
}

export function expandCaseIndex(index: CompactCaseIndex): FinderCase[] {
  return index.cases.map(([id, title, date, region, domains, models, names]) => ({
    record: { id, region: index.regions[region]!, domains: domains.map((i) => index.domains[i]!), models: models.map((i) => index.models[i]!), year: date.slice(0, 4) },
    title,
    date,
    names,
  }));
}

/** The case finder's view of a case entry: its record, title, date and other names. */
export function finderCase(entry: GraphEntry): FinderCase {
  const d = entry.data as { date: string; aliases?: string[]; place?: string };
  return { record: caseRecord(entry), title: entry.title, date: String(d.date), names: [...(d.aliases ?? []), d.place ?? ''].join(' ').trim() };
}

/**
 * The first `limit` cases of the groups, in order (a case counted once per
 * group it is in), for showing results a page at a time; groups keep their
 * full size so their headings can say how many there are.
 */
export function limitGroups(groups: readonly { value: string; ids: string[] }[], limit: number): { value: string; total: number; ids: string[] }[] {
  const out: { value: string; total: number; ids: string[] }[] = [];
  let left = limit;
  for (const { value, ids } of groups) {
    if (left <= 0) break;
    out.push({ value, total: ids.length, ids: ids.slice(0, left) });
    left -= ids.length;
  }
  return out;
}
