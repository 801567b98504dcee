import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from '../../scripts/lib/html-files.mjs';

/**
 * A built site on disk as a host serves it under its base path ("/" or e.g.
 * "/handbook/"): its pages, the file a URL path names, and the internal links
 * and #anchors that lead nowhere.
 */
export interface BuiltSite {
  /** Built HTML file → its text. */
  pages: Map<string, string>;
  /** URL path of a built file: dist/models/x/index.html → /handbook/models/x/ */
  urlOf(file: string): string;
  /** The built file a URL path names, or undefined (also for paths outside the base). */
  fileFor(pathname: string): string | undefined;
  /** The ids of a built page. */
  ids(file: string): Set<string>;
}

export function readBuiltSite(dir: string, base = '/'): BuiltSite {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/ has no site: run \`npm run build\` first.`);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pages = new Map<string, string>();
  for (const file of htmlFiles(dir)) pages.set(file, readFileSync(file, 'utf8'));
  const idsOf = new Map<string, Set<string>>();
  return {
    pages,
    urlOf: (file) => `${prefix}${relative(dir, file).replace(/index\.html$/, '')}`,
    fileFor(pathname) {
      if (!pathname.startsWith(prefix)) return undefined;
      const clean = `/${decodeURIComponent(pathname.slice(prefix.length))}`;
      const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
      return candidates.find((c) => existsSync(c) && statSync(c).isFile());
    },
    ids(file) {
      if (!idsOf.has(file)) idsOf.set(file, new Set([...(pages.get(file) ?? readFileSync(file, 'utf8')).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return idsOf.get(file)!;
    },
  };
}

/** Every href, src and action on the site's pages that names no built file, or an #anchor missing on its page. */
export function brokenLinks(site: BuiltSite): string[] {
  const broken: string[] = [];
  for (const [file, html] of site.pages) {
    const here = site.urlOf(file);
    for (const [, attr, value] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      if (!value || /^(mailto:|tel:|javascript:|data:)/.test(value) || /^[a-z]+:\/\//i.test(value) || value.startsWith('//')) continue;
      const url = new URL(value.replace(/&amp;/g, '&'), `http://site${here}`);
      const target = site.fileFor(url.pathname);
      if (!target) broken.push(`${here}: ${attr}="${value}"`);
      else if (url.hash && target.endsWith('.html') && !site.ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${here}: ${value} (no such anchor)`);
    }
  }
  return broken;
}
