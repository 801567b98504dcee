import { entryUrl, kindUrl, routeUrl, KIND_NAMES, type Kind } from '../core/kinds';
import { keyOf, linksTo, referrers, type Citation, type Graph, type GraphEntry } from './graph';
import type { Handbook } from './handbook';
import { laterPages, pageHref, pageItems, type PagedUrls } from './pagination';

/**
 * The handbook's long listings and where their pages live: the case finder
 * (/cases/, /cases/page/2/…), each collection's index (/glossary/page/2/…)
 * and the cases an entry lists (/regions/x/ then /regions/x/cases/2/…),
 * which on a source's page are the cases quoting it, with their quotes.
 */

/** The field through which a region's or domain's own cases name it; their pages list them as cards. */
export function ownCaseField(kind: Kind): 'region' | 'domains' | undefined {
  return kind === 'regions' ? 'region' : kind === 'domains' ? 'domains' : undefined;
}

/**
 * The cases an entry's page lists: a region's or domain's own cases (in the
 * case order), otherwise the cases linking to the entry (its backlinks).
 */
export function listedCases(handbook: Handbook, entry: GraphEntry & { key: string }): GraphEntry[] {
  const field = ownCaseField(entry.kind);
  if (field) {
    const keys = new Set(referrers(handbook.graph, entry.key, field, 'cases'));
    return handbook.byKind.cases.filter((c) => keys.has(c.key));
  }
  return linkingCases(handbook.graph, entry.key);
}

/** The cases linking to an entry, in the graph's order; for a source, the cases quoting it. */
function linkingCases(graph: Graph, key: string): GraphEntry[] {
  return linksTo(graph, key).find((g) => g.kind === 'cases')?.entries ?? [];
}

export const kindPages = (kind: Kind): PagedUrls => ({ first: kindUrl(kind), rest: routeUrl(`${kind}/page/`) });

/**
 * Page 1 is the list on the entry's own page: its cards, a source's quotes,
 * or else the backlinks beside the text.
 */
export const entryCasePages = (kind: Kind, id: string): PagedUrls => ({
  first: `${entryUrl(kind, id)}#${ownCaseField(kind) ? 'h-own-cases' : kind === 'sources' ? 'h-source-quotes' : 'h-links-to'}`,
  rest: `${entryUrl(kind, id)}cases/`,
});

/** The quotes one page of a source lists from one citing entry. */
export interface QuoteGroup {
  entry: GraphEntry;
  citations: Citation[];
}

/**
 * The quotes page `page` of a source lists, grouped by citing entry in the
 * graph's order. The source's cases are paged like any entry's (page n beside
 * the cases of /sources/x/cases/n/); every other entry's quotes stay on page 1.
 */
export function sourceQuoteGroups(graph: Graph, source: string, page: number, size: number): QuoteGroup[] {
  const cases = new Set(pageItems(linkingCases(graph, keyOf('sources', source)), page, size).map((e) => keyOf(e.kind, e.id)));
  const groups = new Map<string, Citation[]>();
  for (const c of graph.citationsBySource.get(source) ?? []) {
    if (graph.nodes.get(c.entry)!.kind === 'cases' ? !cases.has(c.entry) : page !== 1) continue;
    const group = groups.get(c.entry);
    if (group) group.push(c);
    else groups.set(c.entry, [c]);
  }
  return [...groups].map(([key, citations]) => ({ entry: graph.nodes.get(key)!, citations }));
}

// Each source's quoting cases by key, with their position in its list: a case
// page asks once per citation, and a source may be quoted by thousands of cases.
const casePositions = new WeakMap<Graph, Map<string, Map<string, number>>>();

/** The page of its source's quotes that holds a citation's quote (see sourceQuoteGroups). */
export function quotePage(graph: Graph, c: Citation, size: number): number {
  if (graph.nodes.get(c.entry)?.kind !== 'cases') return 1;
  const bySource = casePositions.get(graph) ?? new Map<string, Map<string, number>>();
  casePositions.set(graph, bySource);
  let positions = bySource.get(c.source);
  if (!positions) {
    positions = new Map(linkingCases(graph, keyOf('sources', c.source)).map((e, i) => [keyOf(e.kind, e.id), i]));
    bySource.set(c.source, positions);
  }
  return Math.floor((positions.get(c.entry) ?? 0) / size) + 1;
}

/** Every page after the first of every listing, for the sitemap. */
export function laterListingPages(handbook: Handbook, size: number): string[] {
  return KIND_NAMES.flatMap((kind) => [
    ...laterPages(handbook.byKind[kind].length, size).map((n) => pageHref(kindPages(kind), n)),
    ...(kind === 'cases' ? [] : handbook.byKind[kind].flatMap((e) => laterPages(listedCases(handbook, e).length, size).map((n) => pageHref(entryCasePages(kind, e.id), n)))),
  ]);
}
