/**
 * Static pagination of long listings (the case finder, the collection
 * indexes, an entry's cases): which items a page holds, the URL of each page
 * and which page numbers the navigation shows. Page 1 keeps the listing's own
 * URL, so a listing that fits on one page looks as it did before pages existed.
 */

/**
 * Items per listing page. At 5,000 synthetic cases (scripts/bench-listings.mjs)
 * a page of 100 case cards stays well under 60 KB gzip; the real corpus
 * (48 cases, 87 terms) still fits on one page.
 */
export const LISTING_PAGE_SIZE = 100;

/** The page size, or a smaller one from HANDBOOK_PAGE_SIZE so a test can page a small corpus. */
export function listingPageSize(env: Record<string, string | undefined>): number {
  const size = Number(env.HANDBOOK_PAGE_SIZE);
  return Number.isInteger(size) && size > 0 ? size : LISTING_PAGE_SIZE;
}

/** How many pages `total` items take; an empty listing still has its first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (from 1). */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The page numbers after the first, which get pages of their own: [2, 3, …]. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/** Where a listing's pages live: page 1 at `first`, page n at `${rest}${n}/`. */
export interface PagedUrls {
  first: string;
  rest: string;
}

export function pageHref(urls: PagedUrls, page: number): string {
  return page === 1 ? urls.first : `${urls.rest}${page}/`;
}

/**
 * The page numbers a navigation shows: the first and last page, the current
 * one and `radius` on each side, with `null` for a gap, e.g. for page 7 of 100:
 * [1, null, 6, 7, 8, null, 100]. A gap of one page shows that page instead.
 */
export function pageWindow(current: number, count: number, radius = 1): (number | null)[] {
  const shown = new Set([1, count]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= count) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(p - 1);
    else if (prev !== undefined && p - prev > 2) out.push(null);
    out.push(p);
  });
  return out;
}

/** One item of a page navigation: a page number, or a gap (「…」). */
export interface PageNavItem {
  page: number | null;
  /** A page next to the current one: left out on a narrow screen. */
  near: boolean;
  /** A gap shown only on a narrow screen, where it stands for the near pages left out. */
  narrowOnly: boolean;
}

/**
 * The items of a page navigation: pageWindow's pages and gaps, the pages
 * next to the current one marked `near` (a narrow screen shows only the
 * first, current and last), and a narrow-only gap wherever leaving the near
 * pages out would otherwise join two pages that do not follow each other.
 */
export function pageNavItems(current: number, count: number): PageNavItem[] {
  const kept = (p: number) => p === 1 || p === current || p === count;
  const items: PageNavItem[] = [];
  let run: PageNavItem[] = [];
  const endRun = () => {
    if (run.length > 0 && !run.some((item) => item.page === null)) items.push({ page: null, near: false, narrowOnly: true });
    items.push(...run);
    run = [];
  };
  for (const page of pageWindow(current, count)) {
    if (page !== null && kept(page)) {
      endRun();
      items.push({ page, near: false, narrowOnly: false });
    } else run.push({ page, near: page !== null, narrowOnly: false });
  }
  endRun();
  return items;
}
