import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_HEADER, CSP_META, REFERRER_POLICY } from '../../src/lib/security/csp';
import { isShellFile, packageFile, totalSize, type OfflinePackage } from '../../src/lib/offline/package';
import { htmlFiles } from '../../scripts/lib/html-files.mjs';

/** Checks over the built site: the strict CSP on every page, the headers file, the offline package and worker. */
const DIST = process.env.HANDBOOK_OUT_DIR ?? 'dist';

const pages = new Map<string, string>();
let build = '';
beforeAll(() => {
  if (!existsSync(join(DIST, 'sw.js'))) throw new Error('dist/ has no service worker: run `npm run build` first.');
  for (const file of htmlFiles(DIST)) pages.set(file, readFileSync(file, 'utf8'));
  build = /<meta name="handbook-build" content="([^"]+)">/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))![1]!;
});

describe('Content-Security-Policy', () => {
  it('every page carries the policy and the referrer policy in <meta>', () => {
    for (const [file, html] of pages) {
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(meta?.replaceAll('&#39;', "'"), file).toBe(CSP_META);
      expect(html, file).toContain(`<meta name="referrer" content="${REFERRER_POLICY}">`);
    }
    expect(CSP_META).not.toContain('unsafe-inline');
    expect(CSP_META).not.toContain("'unsafe-eval'");
  });

  it('no page has an inline script, an inline <style> or a style attribute', () => {
    for (const [file, html] of pages) {
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        if (!/\bsrc=/.test(tag)) expect(tag, file).toMatch(/type="application\/(ld\+)?json"/);
      }
      expect(html, file).not.toMatch(/<style\b/);
      expect(html, file).not.toMatch(/\sstyle="/);
      expect(html, file).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('the headers file says the same, plus what only a header can say', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
    expect(CSP_HEADER.startsWith(CSP_META)).toBe(true);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(headers).toContain(`Referrer-Policy: ${REFERRER_POLICY}`);
    // Fragments and index chunks are named by number (src/lib/search/meta.ts): a cached one is checked before use.
    expect(headers).toMatch(/\/pagefind\/fragment\/\*\n  Cache-Control: no-cache/);
    expect(headers).toMatch(/\/pagefind\/index\/\*\n  Cache-Control: no-cache/);
  });
});

describe('offline package', () => {
  it('every page carries the build id the worker and the package list were made for', () => {
    for (const [file, html] of pages) expect(html, file).toContain(`<meta name="handbook-build" content="${build}">`);
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toContain(`"${build}"`);
    expect(existsSync(join(DIST, packageFile(build)))).toBe(true);
  });

  it('lists every page and search file that exists, with its size, and nothing the handbook never loads', () => {
    const pack = JSON.parse(readFileSync(join(DIST, packageFile(build)), 'utf8')) as OfflinePackage;
    const urls = new Set(pack.entries.map((entry) => entry.url));
    expect(urls.size).toBe(pack.entries.length);
    expect(urls.size).toBeGreaterThan(pages.size);
    for (const entry of pack.entries) {
      const path = entry.url.replace(/\?.*$/, '').replace(/(^|\/)$/, '$1index.html').replace(/^\.\//, '');
      expect(statSync(join(DIST, path)).size, entry.url).toBe(entry.size);
    }
    expect(urls).toContain(`pagefind/pagefind-entry.json?ts=${build}`);
    expect([...urls].some((url) => url.startsWith('pagefind/fragment/'))).toBe(true);
    expect([...urls].filter((url) => /pagefind-(ui|component-ui|modular-ui|highlight|worker)/.test(url))).toEqual([]);
    expect(totalSize(pack.entries)).toBeLessThan(12 * 1000 * 1000);
  });

  it('injects the shell into the worker', () => {
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(worker).not.toContain('self.__SW_MANIFEST');
    // The list as the minifier writes it: {url:"search/",revision:"…"}.
    const shell = [...worker.matchAll(/\burl"?:"([^"]+)"/g)].map((m) => m[1]!);
    expect(shell).toContain('search/');
    expect(shell).toContain('pagefind/pagefind.js');
    expect(shell.every(isShellFile)).toBe(true);
  });

  it('the web app manifest names the handbook in Chinese and its icons exist', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { name: string; short_name: string; icons: { src: string; sizes: string }[] };
    expect(manifest.name).toBe('群众教育实践活动工作手册');
    expect(manifest.short_name).toBe('工作手册');
    for (const icon of manifest.icons) expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
