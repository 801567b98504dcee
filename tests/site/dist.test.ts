import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../support/load-content';
import { entryUrl, type Kind } from '../../src/core/kinds';
import { citationUrl, citingEntryUrl, quoteAnchor } from '../../src/lib/citations';
import { casesByRegion } from '../../src/lib/region-map';

/** Checks over the built site in dist/ (run after `npm run build`). */
const DIST = process.env.HANDBOOK_OUT_DIR ?? 'dist';

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') yield* htmlFiles(path);
    } else if (name.endsWith('.html')) yield path;
  }
}

/** URL path of a built file: dist/models/x/index.html → /models/x/ */
const urlOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;

function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const pages = new Map<string, string>();
const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  if (!idsOf.has(file)) idsOf.set(file, new Set([...pages.get(file)!.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsOf.get(file)!;
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no site: run `npm run build` first.');
  for (const file of htmlFiles(DIST)) pages.set(file, readFileSync(file, 'utf8'));
});

describe('the built site', () => {
  it('has a page for every entry and every collection', async () => {
    const { entries } = await loadContent('content');
    const missing = entries.map((e) => entryUrl(e.kind as Kind, e.id)).filter((url) => !fileFor(url));
    expect(missing).toEqual([]);
  });

  it('resolves every internal link and #anchor', () => {
    const broken: string[] = [];
    for (const [file, html] of pages) {
      const here = urlOf(file);
      for (const [, attr, value] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
        if (!value || /^(mailto:|tel:|javascript:|data:)/.test(value) || /^[a-z]+:\/\//i.test(value) || value.startsWith('//')) continue;
        const url = new URL(value, `http://site${here}`);
        const target = fileFor(url.pathname);
        if (!target) broken.push(`${here}: ${attr}="${value}"`);
        else if (url.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${here}: ${value} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links every citation to its quote on the source page, and that quote back to the citation', async () => {
    const { graph } = await loadContent('content');
    const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const problems: string[] = [];
    let checked = 0;
    for (const [key, citations] of graph.citations) {
      const [kind, id] = key.split('/') as [Kind, string];
      const entryPage = pages.get(fileFor(entryUrl(kind, id))!)!;
      for (const c of citations) {
        checked++;
        if (!entryPage.includes(`href="${citationUrl(c.source, kind, id, c.index)}"`)) problems.push(`${key}: citation ${c.index + 1} does not link to its quote`);
        const sourcePage = pages.get(fileFor(`/sources/${c.source}/`)!)!;
        const quote = sourcePage.match(new RegExp(`<li id="${quoteAnchor(kind, id, c.index)}"[^>]*>([\\s\\S]*?)</li>`))?.[1];
        if (quote === undefined) problems.push(`${key}: no quote anchor for citation ${c.index + 1} on /sources/${c.source}/`);
        else {
          if (!quote.includes(escaped(c.quote))) problems.push(`${key}: the anchor of citation ${c.index + 1} holds another quote`);
          if (!quote.includes(`href="${citingEntryUrl(kind, id, c.index)}"`)) problems.push(`${key}: quote ${c.index + 1} does not link back`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('shows the region map with each region’s case count, inline and under 40 KB', async () => {
    const { graph } = await loadContent('content');
    for (const url of ['/', '/regions/']) {
      const html = pages.get(fileFor(url)!)!;
      const svg = html.match(/<svg class="region-map__svg"[\s\S]*?<\/svg>/)?.[0] ?? '';
      expect(Buffer.byteLength(svg), url).toBeGreaterThan(0);
      expect(Buffer.byteLength(svg), url).toBeLessThan(40_000);
      for (const region of casesByRegion(graph)) {
        expect(svg, `${url} ${region.id}`).toContain(`href="${region.href}"`);
        expect(svg, url).toContain(`<title>${region.label}：${region.count} 个案例</title>`);
      }
      expect(html).toContain('示意图');
    }
  });

  it('references no other host', () => {
    const foreign: string[] = [];
    for (const [file, html] of pages) {
      for (const [match] of html.matchAll(/(?:\s(?:href|src|action|srcset|poster)="(?:[a-z]+:)?\/\/[^"]*"|url\((?:'|")?(?:https?:)?\/\/[^)]*\))/gi)) {
        foreign.push(`${urlOf(file)}: ${match.trim()}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('declares Chinese on every page and gives each a title and one h1', () => {
    const bad = [...pages]
      .filter(([, html]) => !html.includes('<html lang="zh-CN"') || !/<title>[^<]+<\/title>/.test(html) || (html.match(/<h1[\s>]/g) ?? []).length !== 1)
      .map(([file]) => urlOf(file));
    expect(bad).toEqual([]);
  });
});
