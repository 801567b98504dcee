/**
 * Browsing by filters alone lists entries in browse order (browseOrder in
 * facets.ts). The search index (src/build/search-index.ts) writes Pagefind's
 * page ids in that order to BROWSE_ORDER_FILE, which the search page fetches
 * only to browse: kept in Pagefind's metadata (a sort), the order would cost
 * every first query 11 KB (gzip) at 5,000 cases.
 */

/** Pagefind's page ids in browse order, at the site's root. */
export const BROWSE_ORDER_FILE = 'search-browse-order.json';

/** Results in the order of `ids` (BROWSE_ORDER_FILE); any not listed last, as they came. */
export function inBrowseOrder<T extends { id: string }>(results: readonly T[], ids: readonly string[]): T[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  const at = (r: T) => position.get(r.id) ?? ids.length;
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => at(a.r) - at(b.r) || a.i - b.i)
    .map(({ r }) => r);
}
