import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus.mjs';
import { brokenLinks, readBuiltSite, type BuiltSite } from '../support/built-site';
import { pageCount } from '../../src/lib/pagination';

/**
 * A real build of a larger corpus (the real content plus generated cases) with
 * a small page size, so that every kind of listing runs over several pages:
 * the case finder, the collection indexes (glossary, models), the cases of
 * region, domain and other entry pages, and the quotes on source pages.
 */

const PAGE_SIZE = 20;
const GENERATED_CASES = 60;
const SITE = 'https://example.org';

const dir = scratchDir('handbook-paged-');
const dist = join(dir, 'dist');
let site: BuiltSite;
let build = '';

beforeAll(async () => {
  writeSyntheticCorpus(join(dir, 'content'), GENERATED_CASES);
  const code = await new Promise<number>((resolve) => {
    const child = spawn('npm', ['run', 'build'], {
      env: { ...process.env, CI: '', HANDBOOK_CONTENT_DIR: join(dir, 'content'), HANDBOOK_OUT_DIR: dist, HANDBOOK_CACHE_DIR: join(dir, 'cache'), HANDBOOK_PAGE_SIZE: String(PAGE_SIZE), HANDBOOK_SITE: SITE },
    });
    child.stdout.on('data', (d) => (build += d));
    child.stderr.on('data', (d) => (build += d));
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`build failed:\n${build.slice(-3000)}`);
  site = readBuiltSite(dist);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (path: string) => site.pages.get(site.fileFor(path)!) ?? '';
const exists = (path: string) => site.fileFor(path) !== undefined;
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
const navHrefs = (html: string) => all(html.match(/<nav class="page-nav[^"]*"[^>]*>[\s\S]*?<\/nav>/)?.[0] ?? '', /href="([^"]+)"/g);
const title = (html: string) => html.match(/<title>([^<]*)<\/title>/)?.[1];

/** The pages of a listing, from its first, following each page's 「下一页」 link. */
function pagesFrom(first: string): string[] {
  const paths = [first];
  for (;;) {
    const next = page(paths.at(-1)!).match(/<a class="page-nav__step" href="([^"]+)" rel="next"/)?.[1];
    if (!next) return paths;
    expect(paths).not.toContain(next);
    paths.push(next);
  }
}

describe(`listings in pages of ${PAGE_SIZE}`, () => {
  it('splits the case finder into pages that hold every case once, in order, with working page links', () => {
    const ids = JSON.parse(readFileSync(join(dist, 'cases', 'index-1.json'), 'utf8')).cases.map((c: string[]) => c[0]);
    expect(ids.length).toBeGreaterThan(GENERATED_CASES);
    const pages = pagesFrom('/cases/');
    expect(pages).toHaveLength(pageCount(ids.length, PAGE_SIZE));
    expect(pages[1]).toBe('/cases/page/2/');
    const shown = pages.map((p) => all(page(p), /<li data-case="([^"]+)"/g));
    for (const cards of shown.slice(0, -1)) expect(cards).toHaveLength(PAGE_SIZE);
    // Within a page the cards are grouped by region; across pages every case comes once.
    expect(shown.flat().sort()).toEqual([...ids].sort());
    expect(new Set(shown.flat()).size).toBe(ids.length);
    for (const [i, p] of pages.entries()) {
      const html = page(p);
      expect(html).toMatch(new RegExp(`<a href="${p}" aria-current="page">`));
      expect(html).toContain('<nav class="page-nav no-print" aria-label="案例分页">');
      expect(html).toContain(`data-total="${ids.length}"`);
      if (i > 0) {
        expect(title(html)).toBe(`案例（第 ${i + 1} 页） · 群众教育实践活动工作手册`);
        expect(html).toContain('<a href="/cases/">案例</a>');
      }
    }
    expect(exists(`/cases/page/${pages.length + 1}/`)).toBe(false);
  });

  it('pages the glossary, its A–Z index leading to the page where each letter starts', () => {
    const pages = pagesFrom('/glossary/');
    expect(pages.length).toBeGreaterThan(2);
    const letters = all(page('/glossary/').match(/<nav class="az-index"[\s\S]*?<\/nav>/)![0], /href="([^"]+)"/g);
    expect(letters.some((href) => href.startsWith('/glossary/page/'))).toBe(true);
    for (const href of letters) {
      const [path, anchor] = href.startsWith('#') ? ['/glossary/', href.slice(1)] : href.split('#');
      expect(page(path!)).toContain(`id="${anchor}"`);
    }
    const terms = pages.flatMap((p) => all(page(p), /<article class="card" data-kind="glossary" data-id="([^"]+)"/g));
    expect(new Set(terms).size).toBe(terms.length);
    expect(page('/glossary/')).toMatch(new RegExp(`共 ${terms.length} 条，分 ${pages.length} 页。`));
  });

  it('shows the first page of a region’s or domain’s cases on its page, the rest on pages of their own', () => {
    const paged = [...site.pages.keys()].map((f) => site.urlOf(f)).filter((u) => /^\/(regions|domains)\/[^/]+\/cases\/2\/$/.test(u));
    expect(paged.length).toBeGreaterThan(0);
    for (const second of paged) {
      const entry = second.replace(/cases\/2\/$/, '');
      const pages = pagesFrom(entry);
      expect(pages[1]).toBe(second);
      const total = Number(page(entry).match(/id="h-own-cases">[^<（]*（(\d+)）/)![1]);
      const own = page(entry).match(/<section aria-labelledby="h-own-cases"[\s\S]*?<\/section>/)![0];
      const cards = [own, ...pages.slice(1).map(page)].map((html) => all(html, /<article class="card" data-kind="cases" data-id="([^"]+)"/g));
      expect(cards[0]).toHaveLength(PAGE_SIZE);
      expect(new Set(cards.flat()).size).toBe(total);
      expect(cards.flat()).toHaveLength(total);
      const html = page(second);
      expect(html).toContain(`<a href="${entry}">`);
      expect(title(html)).toMatch(/的案例（第 2 页） · /);
      expect(navHrefs(html)).toContain(`${entry}#h-own-cases`);
    }
  });

  it('lists only the first page of cases among the backlinks of other entries, with links to the rest', () => {
    const paged = [...site.pages.keys()].map((f) => site.urlOf(f)).filter((u) => /^\/(models|methods|statements|carriers)\/[^/]+\/cases\/2\/$/.test(u));
    expect(paged.length).toBeGreaterThan(0);
    const entry = paged[0]!.replace(/cases\/2\/$/, '');
    const links = page(entry).match(/id="h-links-to">[\s\S]*?<\/section>/)![0];
    const heading = links.match(/<h3>案例（(\d+)）<\/h3>\s*<ul>([\s\S]*?)<\/ul>/)!;
    expect(Number(heading[1])).toBeGreaterThan(PAGE_SIZE);
    expect(all(heading[2]!, /<li>/g)).toHaveLength(PAGE_SIZE);
    expect(navHrefs(links)).toContain(paged[0]);
  });

  it('pages a source’s quotes with its cases, each citation linking to the page that holds its quote', () => {
    const paged = [...site.pages.keys()].map((f) => site.urlOf(f)).filter((u) => /^\/sources\/[^/]+\/cases\/2\/$/.test(u));
    expect(paged.length).toBeGreaterThan(0);
    for (const second of paged) {
      const entry = second.replace(/cases\/2\/$/, '');
      const pages = pagesFrom(entry);
      expect(pages[1]).toBe(second);
      const quotes = pages.map((p) => page(p).match(/<section class="citations source-quotes"[\s\S]*?<\/section>/)![0]);
      const cases = quotes.map((html) => all(html, /<h3><a href="\/cases\/([^/]+)\/">/g));
      const total = Number(quotes[0]!.match(/引用本资料的案例共 (\d+) 个/)![1]);
      expect(cases[0]).toHaveLength(PAGE_SIZE);
      expect(cases.flat()).toHaveLength(total);
      expect(new Set(cases.flat()).size).toBe(total);
      expect(pages).toHaveLength(pageCount(total, PAGE_SIZE));
      // Other entries' quotes stay on the source's own page.
      for (const html of quotes.slice(1)) expect(all(html, /<span class="meta">([^<]+)<\/span><\/h3>/g).every((k) => k === '案例')).toBe(true);
      expect(all(quotes[0]!, /<span class="meta">([^<]+)<\/span><\/h3>/g).some((k) => k !== '案例')).toBe(true);
      // Every quote's citation on its case page links to the page listing it, and back.
      for (const [i, html] of quotes.entries()) {
        for (const [, anchor, id, n] of html.matchAll(/<li id="(q-cases-([^"]+)-(\d+))">/g)) {
          const url = `${i === 0 ? entry : pages[i]}#${anchor}`;
          expect(page(`/cases/${id}/`), url).toContain(`href="${url}"`);
          expect(html).toContain(`href="/cases/${id}/#cite-${n}"`);
        }
      }
      expect(title(page(second))).toMatch(/的案例（第 2 页） · /);
      expect(navHrefs(page(second))).toContain(`${entry}#h-source-quotes`);
    }
  });

  it('leaves no link or anchor on the site pointing nowhere, and no inline script or style', () => {
    expect(brokenLinks(site)).toEqual([]);
    for (const [file, html] of site.pages) {
      if (!/\/(cases|glossary|models|sources)\/(page\/\d+\/|[^/]+\/cases\/\d+\/)?index\.html$/.test(file)) continue;
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/);
      expect(html, file).not.toMatch(/\sstyle="/);
    }
  });

  it('names the later pages in the sitemap', () => {
    const locs = all(readFileSync(join(dist, 'sitemap.xml'), 'utf8'), /<loc>([^<]+)<\/loc>/g).map((l) => new URL(l).pathname);
    const built = [...site.pages.keys()].map((f) => site.urlOf(f)).filter((u) => !u.endsWith('404.html'));
    expect(locs.sort()).toEqual(built.sort());
    expect(locs).toContain('/cases/page/2/');
    expect(locs).toContain('/glossary/page/2/');
    expect(locs.some((l) => /^\/sources\/[^/]+\/cases\/2\/$/.test(l))).toBe(true);
  });
});
