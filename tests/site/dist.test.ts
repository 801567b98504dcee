import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { brokenLinks, readBuiltSite, type BuiltSite } from '../support/built-site';
import { loadContent } from '../support/load-content';
import { entryUrl, kindUrl, routeUrl, type Kind } from '../../src/core/kinds';
import { citationUrl, citingEntryUrl, quoteAnchor } from '../../src/lib/citations';
import { listingPageSize } from '../../src/lib/pagination';
import { casesByRegion } from '../../src/lib/region-map';
import { decodeCbor, numberedName } from '../../src/lib/search/meta';
import { BROWSE_ORDER_FILE } from '../../src/lib/search/browse';

/** Checks over the built site in dist/ (run after `npm run build`). */
const DIST = process.env.HANDBOOK_OUT_DIR ?? 'dist';

let site: BuiltSite;
let pages: Map<string, string>;
const fileFor = (pathname: string) => site.fileFor(pathname);
const urlOf = (file: string) => site.urlOf(file);

beforeAll(() => {
  site = readBuiltSite(DIST, process.env.HANDBOOK_BASE);
  pages = site.pages;
});

describe('the built site', () => {
  it('has a page for every entry and every collection', async () => {
    const { entries } = await loadContent('content');
    const missing = entries.map((e) => entryUrl(e.kind as Kind, e.id)).filter((url) => !fileFor(url));
    expect(missing).toEqual([]);
  });

  it('resolves every internal link and #anchor', () => {
    expect(brokenLinks(site)).toEqual([]);
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
        const url = citationUrl(graph, c, listingPageSize(process.env));
        if (!entryPage.includes(`href="${url}"`)) problems.push(`${key}: citation ${c.index + 1} does not link to its quote`);
        const sourcePage = pages.get(fileFor(url.split('#')[0]!)!)!;
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
    for (const url of [routeUrl(), kindUrl('regions')]) {
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
    // The site's own address (canonical links when HANDBOOK_SITE is set) is not another host.
    const own = process.env.HANDBOOK_SITE ? new URL(process.env.HANDBOOK_SITE).origin : undefined;
    for (const [file, html] of pages) {
      for (const [match, url] of html.matchAll(/(?:\s(?:href|src|action|srcset|poster)="((?:[a-z]+:)?\/\/[^"]*)"|url\((?:'|")?((?:https?:)?\/\/[^)]*)\))/gi)) {
        if (own && url && new URL(url, 'http://site').origin === own) continue;
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

describe('the search index', () => {
  it('names fragments and index chunks by their number, in the metadata, the folders and the browse order alike', () => {
    const folder = join(DIST, 'pagefind');
    const [metaFile, ...others] = readdirSync(folder).filter((name) => name.endsWith('.pf_meta'));
    expect(others).toEqual([]);
    const meta = decodeCbor(gunzipSync(readFileSync(join(folder, metaFile!))).subarray('pagefind_dcd'.length)) as [string, [string, number, string][], [string, string, string][]];
    const filesIn = (sub: string) => new Set(readdirSync(join(folder, sub)).map((file) => file.replace(/\.pf_\w+$/, '')));
    const pages = meta[1].map(([name]) => name);
    expect(pages).toEqual(pages.map((_, n) => numberedName(n)));
    expect(filesIn('fragment')).toEqual(new Set(pages));
    const chunks = meta[2].map(([, , name]) => name);
    expect(chunks).toEqual(chunks.map((_, n) => numberedName(n)));
    expect(filesIn('index')).toEqual(new Set(chunks));
    const browseOrder = JSON.parse(readFileSync(join(DIST, BROWSE_ORDER_FILE), 'utf8')) as string[];
    expect(new Set(browseOrder)).toEqual(new Set(pages));
  });
});
