import { describe, expect, it } from 'vitest';
import {
  cacheName,
  eachInTurn,
  fileUrl,
  formatSize,
  isImmutable,
  isNumberedSearchFile,
  isShellFile,
  packageFile,
  staleCaches,
  totalSize,
  withEntryTag,
} from '../../src/lib/offline/package';

describe('offline package names', () => {
  it('gives each build its own cache and finds the caches of other builds only', () => {
    expect(cacheName('abc123')).toBe('handbook-abc123');
    expect(staleCaches(['handbook-old1', 'handbook-abc123', 'other-site', 'handbook-old2'], 'abc123')).toEqual(['handbook-old1', 'handbook-old2']);
    expect(staleCaches(['handbook-abc123'], 'abc123')).toEqual([]);
  });

  it('names the package list after its build', () => {
    expect(packageFile('abc123')).toBe('offline-package-abc123.json');
  });

  it('turns built files into site URLs relative to the base', () => {
    expect(fileUrl('index.html')).toBe('./');
    expect(fileUrl('cases/hongshubao/index.html')).toBe('cases/hongshubao/');
    expect(fileUrl('404.html')).toBe('404.html');
    expect(fileUrl('_astro/Base.abc.css')).toBe('_astro/Base.abc.css');
  });

  it('tags only Pagefind’s entry file with the build', () => {
    expect(withEntryTag('pagefind/pagefind-entry.json', 'abc123')).toBe('pagefind/pagefind-entry.json?ts=abc123');
    expect(withEntryTag('pagefind/pagefind.js', 'abc123')).toBe('pagefind/pagefind.js');
  });

  it('treats only content-named files as unchanged between builds', () => {
    expect(isImmutable('_astro/search.Vnm6eLym.js')).toBe(true);
    expect(isImmutable('pagefind/filter/kind_1a2b.pf_filter')).toBe(true);
    expect(isImmutable('pagefind/pagefind.zh-cn_b3ca.pf_meta')).toBe(true);
    // Named by their number, which the next build may give to other content.
    expect(isImmutable('pagefind/fragment/1z.pf_fragment')).toBe(false);
    expect(isImmutable('pagefind/index/1z.pf_index')).toBe(false);
    expect(isNumberedSearchFile('pagefind/fragment/1z.pf_fragment')).toBe(true);
    expect(isNumberedSearchFile('pagefind/index/0.pf_index')).toBe(true);
    expect(isNumberedSearchFile('pagefind/pagefind.zh-cn_b3ca.pf_meta')).toBe(false);
    expect(isNumberedSearchFile('pagefind/filter/kind_1a2b.pf_filter')).toBe(false);
    expect(isImmutable('pagefind/pagefind.js')).toBe(false);
    expect(isImmutable('pagefind/wasm.unknown.pagefind')).toBe(false);
    expect(isImmutable('cases/hongshubao/')).toBe(false);
  });

  it('puts the pages and files of the first visit in the shell, and leaves the rest for later', () => {
    for (const url of ['./', 'search/', 'outline/', 'offline/', '_astro/Base.css', 'icons/icon-192.png', 'manifest.webmanifest',
      'pagefind/pagefind.js', 'pagefind/pagefind-entry.json?ts=abc', 'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.zh-cn_b3ca.pf_meta', 'pagefind/filter/kind_1a.pf_filter']) {
      expect(isShellFile(url), url).toBe(true);
    }
    for (const url of ['cases/hongshubao/', 'pagefind/index/1.pf_index', 'pagefind/fragment/1.pf_fragment', 'previews.json', '404.html']) {
      expect(isShellFile(url), url).toBe(false);
    }
  });
});

describe('formatSize', () => {
  it('shows bytes, kilobytes and megabytes the way a reader reads them', () => {
    expect(formatSize(0)).toBe('0 B');
    expect(formatSize(900)).toBe('900 B');
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(512 * 1024)).toBe('512 KB');
    expect(formatSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatSize(5.86 * 1024 * 1024)).toBe('5.9 MB');
    expect(formatSize(12.4 * 1024 * 1024)).toBe('12 MB');
  });

  it('adds up a package', () => {
    expect(totalSize([{ url: 'a', revision: null, size: 3 }, { url: 'b', revision: 'r', size: 4 }])).toBe(7);
    expect(totalSize([])).toBe(0);
  });
});

describe('eachInTurn', () => {
  it('handles every item once, never more than the given number at a time', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await eachInTurn([1, 2, 3, 4, 5, 6, 7], async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(n);
      running--;
    }, 3);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('stops at the first failure', async () => {
    await expect(eachInTurn([1, 2], async (n) => { if (n === 2) throw new Error('no signal'); })).rejects.toThrow('no signal');
  });
});
