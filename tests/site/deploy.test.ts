import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite, type BuiltSite } from '../support/built-site';
import { loadContent } from '../support/load-content';
import { KIND_NAMES, entryUrl, kindLabel, type Kind } from '../../src/core/kinds';
import { sitePages } from '../../src/lib/site-map';
import { PRINT_ORDER } from '../../src/lib/print';
import type { GraphEntry } from '../../src/lib/graph';

/**
 * What a deployed site needs, checked over the build (dist/, or the folder in
 * HANDBOOK_OUT_DIR built for HANDBOOK_SITE and HANDBOOK_BASE): meta and Open
 * Graph tags on every page, the feed, the sitemap, robots.txt, the printed edition.
 */
const DIST = process.env.HANDBOOK_OUT_DIR ?? 'dist';
const BASE = process.env.HANDBOOK_BASE ?? '/';
const SITE = process.env.HANDBOOK_SITE;

let site: BuiltSite;
let byKind: Record<Kind, GraphEntry[]>;
beforeAll(async () => {
  site = readBuiltSite(DIST, BASE);
  const { entries } = await loadContent('content');
  byKind = Object.fromEntries(KIND_NAMES.map((k) => [k, entries.filter((e) => e.kind === k)])) as Record<Kind, GraphEntry[]>;
});

const attr = (html: string, selector: RegExp) => html.match(selector)?.[1];
const meta = (html: string, property: string) => attr(html, new RegExp(`<meta property="${property}" content="([^"]*)"`));

describe('every page', () => {
  it('has a description, Open Graph tags, the feed link, and a canonical URL when the site address is known', () => {
    const problems: string[] = [];
    for (const [file, html] of site.pages) {
      const url = site.urlOf(file);
      const missing = ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale'].filter((p) => !meta(html, p));
      if (!attr(html, /<meta name="description" content="([^"]+)"/)) missing.push('description');
      if (meta(html, 'og:locale') !== 'zh_CN') missing.push('og:locale zh_CN');
      if (!html.includes(`<link rel="alternate" type="application/atom+xml" title="案例与工作模式（Atom 订阅）" href="${BASE}feed.xml">`)) missing.push('feed link');
      const canonical = attr(html, /<link rel="canonical" href="([^"]*)"/);
      if (SITE && url !== `${BASE}404.html`) {
        const expected = new URL(url, SITE).href;
        if (canonical !== expected) missing.push(`canonical ${canonical} ≠ ${expected}`);
        if (meta(html, 'og:url') !== expected) missing.push('og:url');
      } else if (!SITE && (canonical || meta(html, 'og:url'))) missing.push('canonical without HANDBOOK_SITE');
      if (missing.length) problems.push(`${url}: ${missing.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('marks entries as articles', () => {
    const html = site.pages.get(site.fileFor(entryUrl('cases', byKind.cases[0]!.id))!)!;
    expect(meta(html, 'og:type')).toBe('article');
    expect(meta(html, 'og:title')).toBe(byKind.cases[0]!.title);
  });
});

describe('the sitemap', () => {
  it('names every page the build wrote, and only those', () => {
    const built = [...site.pages.keys()].map((f) => site.urlOf(f)).filter((u) => !u.endsWith('404.html'));
    expect(sitePages(byKind).sort()).toEqual(built.sort());
  });

  it('lists them with absolute addresses when the site address is known, and robots.txt points to it', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    if (SITE) {
      expect(locs.sort()).toEqual(sitePages(byKind).map((p) => new URL(p, SITE).href).sort());
      expect(robots).toContain(`Sitemap: ${new URL(`${BASE}sitemap.xml`, SITE).href}`);
    } else {
      expect(locs).toEqual([]);
      expect(xml).toContain('HANDBOOK_SITE');
      expect(robots).not.toContain('Sitemap:');
    }
    expect(robots).toMatch(/^User-agent: \*$/m);
  });
});

describe('the Atom feed', () => {
  it('holds every case and model, newest first, each linking to its built page', () => {
    const xml = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => ({
      href: m[1]!.match(/<link rel="alternate" type="text\/html" href="([^"]+)"/)![1]!,
      updated: m[1]!.match(/<updated>([^<]+)<\/updated>/)![1]!,
    }));
    expect(entries).toHaveLength(byKind.cases.length + byKind.models.length);
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const e of entries) expect(site.fileFor(new URL(e.href, 'http://site').pathname), e.href).toBeDefined();
    if (SITE) expect(entries.every((e) => e.href.startsWith(new URL(BASE, SITE).href))).toBe(true);
    expect(xml).toMatch(/<updated>\d{4}-\d{2}-\d{2}T00:00:00\+08:00<\/updated>/);
  });
});

describe('the printed edition', () => {
  it('holds every part in reading order with its contents, and every entry of those parts', () => {
    const html = site.pages.get(site.fileFor(`${BASE}print/`)!)!;
    const parts = [...html.matchAll(/<h2 id="part-([a-z]+)"/g)].map((m) => m[1]);
    expect(parts).toEqual([...PRINT_ORDER]);
    for (const kind of PRINT_ORDER) {
      expect(html).toContain(`>${kindLabel(kind)}</h2>`);
      for (const e of byKind[kind]) {
        expect(html, `${kind}/${e.id}`).toContain(`<section class="print-entry" id="${kind}-${e.id}"`);
        expect(html, `${kind}/${e.id} in the contents`).toContain(`href="#${kind}-${e.id}"`);
      }
    }
    expect(existsSync(join(DIST, 'print/edition.css'))).toBe(true);
  });

  it('prints one part alone, and the cases of one region', () => {
    const cases = site.pages.get(site.fileFor(`${BASE}print/cases/`)!)!;
    expect([...cases.matchAll(/<h2 id="part-([a-z]+)"/g)].map((m) => m[1])).toEqual(['cases']);
    const region = byKind.regions.find((r) => byKind.cases.some((c) => (c.data.region as { id: string }).id === r.id))!;
    const regional = site.pages.get(site.fileFor(`${BASE}print/regions/${region.id}/`)!)!;
    const printed = [...regional.matchAll(/<section class="print-entry" id="cases-([^"]+)"/g)].map((m) => m[1]);
    expect(printed.sort()).toEqual(byKind.cases.filter((c) => (c.data.region as { id: string }).id === region.id).map((c) => c.id).sort());
  });
});
