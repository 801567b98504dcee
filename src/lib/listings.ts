import { entryUrl, kindUrl, routeUrl, KIND_NAMES, type Kind } from '../core/kinds';
import { linksTo, referrers, type GraphEntry } from './graph';
import type { Handbook } from './handbook';
import { laterPages, pageHref, type PagedUrls } from './pagination';

/**
 * The handbook's long listings and where their pages live: the case finder
 * (/cases/, /cases/page/2/…), each collection's index (/glossary/page/2/…)
 * and the cases an entry lists (/regions/x/ then /regions/x/cases/2/…).
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
  return linksTo(handbook.graph, entry.key).find((g) => g.kind === 'cases')?.entries ?? [];
}

export const kindPages = (kind: Kind): PagedUrls => ({ first: kindUrl(kind), rest: routeUrl(`${kind}/page/`) });

/** Page 1 is the list on the entry's own page (its cards, or the backlinks beside the text). */
export const entryCasePages = (kind: Kind, id: string): PagedUrls => ({
  first: `${entryUrl(kind, id)}#${ownCaseField(kind) ? 'h-own-cases' : 'h-links-to'}`,
  rest: `${entryUrl(kind, id)}cases/`,
});

/** Every page after the first of every listing, for the sitemap. */
export function laterListingPages(handbook: Handbook, size: number): string[] {
  return KIND_NAMES.flatMap((kind) => [
    ...laterPages(handbook.byKind[kind].length, size).map((n) => pageHref(kindPages(kind), n)),
    ...(kind === 'cases' ? [] : handbook.byKind[kind].flatMap((e) => laterPages(listedCases(handbook, e).length, size).map((n) => pageHref(entryCasePages(kind, e.id), n)))),
  ]);
}
