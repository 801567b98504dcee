import { describe, expect, it } from 'vitest';
import { LISTING_PAGE_SIZE, laterPages, listingPageSize, pageCount, pageHref, pageItems, pageNavItems, pageWindow } from '../../src/lib/pagination';

describe('pagination', () => {
  it('counts pages, with one page for an empty or short listing', () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(48, 100)).toBe(1);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
    expect(pageCount(5000, 100)).toBe(50);
  });

  it('splits the items into pages in order, the last page holding the rest', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(pageItems(items, 1, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageItems(items, 3, 10)).toEqual([20, 21, 22, 23, 24]);
    expect(pageItems(items, 4, 10)).toEqual([]);
    expect(laterPages(25, 10)).toEqual([2, 3]);
    expect(laterPages(10, 10)).toEqual([]);
  });

  it('keeps page 1 at the listing’s own URL', () => {
    const urls = { first: '/handbook/cases/', rest: '/handbook/cases/page/' };
    expect(pageHref(urls, 1)).toBe('/handbook/cases/');
    expect(pageHref(urls, 2)).toBe('/handbook/cases/page/2/');
  });

  it('shows the first, last and nearby pages, with gaps between', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(7, 100)).toEqual([1, null, 6, 7, 8, null, 100]);
    expect(pageWindow(1, 100)).toEqual([1, 2, null, 100]);
    expect(pageWindow(100, 100)).toEqual([1, null, 99, 100]);
    // A gap of a single page shows that page rather than "…".
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(pageWindow(5, 100, 2)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 100]);
  });

  it('takes a smaller page size from HANDBOOK_PAGE_SIZE, else the default', () => {
    expect(listingPageSize({})).toBe(LISTING_PAGE_SIZE);
    expect(listingPageSize({ HANDBOOK_PAGE_SIZE: '20' })).toBe(20);
    expect(listingPageSize({ HANDBOOK_PAGE_SIZE: 'x' })).toBe(LISTING_PAGE_SIZE);
    expect(listingPageSize({ HANDBOOK_PAGE_SIZE: '0' })).toBe(LISTING_PAGE_SIZE);
  });
});

describe('pageNavItems', () => {
  // Wide: what shows on a wide screen; narrow: on a phone, where near pages are left out.
  const wide = (current: number, count: number) => pageNavItems(current, count).filter((i) => !i.narrowOnly).map((i) => i.page ?? '…').join(' ');
  const narrow = (current: number, count: number) => pageNavItems(current, count).filter((i) => !i.near).map((i) => i.page ?? '…').join(' ');

  // Near pages show on a wide screen and become a gap on a narrow one; no gap where pages follow each other.
  it.each([
    [3, 6, '1 2 3 4 5 6', '1 … 3 … 6'],
    [3, 8, '1 2 3 4 … 8', '1 … 3 … 8'],
    [50, 100, '1 … 49 50 51 … 100', '1 … 50 … 100'],
    [1, 2, '1 2', '1 2'],
    [2, 3, '1 2 3', '1 2 3'],
    [1, 100, '1 2 … 100', '1 … 100'],
    [99, 100, '1 … 98 99 100', '1 … 99 100'],
  ])('page %i of %i: wide 「%s」, narrow 「%s」', (current, count, wideView, narrowView) => {
    expect(wide(current, count)).toBe(wideView);
    expect(narrow(current, count)).toBe(narrowView);
  });

});
