import { describe, expect, it } from 'vitest';
import { KIND_NAMES, entryUrl, routeUrl, sitePath, type Kind } from '../../src/core/kinds';
import { robotsTxt, sitePages, sitemapXml } from '../../src/lib/site-map';

const byKind = Object.fromEntries(KIND_NAMES.map((k) => [k, k === 'cases' ? [{ id: 'c1' }] : []])) as unknown as Record<Kind, { id: string }[]>;

describe('URL helpers', () => {
  it('put every route under the base and take it off again', () => {
    expect(routeUrl()).toBe('/');
    expect(routeUrl('search/')).toBe('/search/');
    expect(routeUrl('/search/')).toBe('/search/');
    expect(entryUrl('cases', 'c1')).toBe('/cases/c1/');
    expect(sitePath('/cases/c1/')).toBe('cases/c1/');
  });
});

describe('sitePages', () => {
  it('names the home page, fixed routes, every collection and entry, and the printed edition', () => {
    const pages = sitePages(byKind);
    expect(pages).toContain('/');
    expect(pages).toContain('/cases/c1/');
    expect(pages).toContain('/glossary/');
    expect(pages).toContain('/print/');
    expect(pages).toContain('/print/regions/hohhot/');
    expect(new Set(pages).size).toBe(pages.length);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('list absolute addresses when the site is known', () => {
    const site = new URL('https://example.org');
    expect(sitemapXml(['/', '/cases/c1/'], site)).toContain('<url><loc>https://example.org/cases/c1/</loc></url>');
    expect(robotsTxt(site)).toContain('Sitemap: https://example.org/sitemap.xml');
  });

  it('list nothing, and say why, without the site', () => {
    const xml = sitemapXml(['/', '/cases/c1/'], undefined);
    expect(xml).not.toContain('<url>');
    expect(xml).toContain('HANDBOOK_SITE');
    expect(robotsTxt(undefined)).not.toContain('Sitemap');
  });
});
