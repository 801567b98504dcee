// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import { buildNameTable, loadNamedEntries } from './src/lib/entry-names.ts';
import { remarkNameLinks } from './src/plugins/remark-name-links.ts';

// unified (remark/rehype) rather than the default Sätteri: the handbook's own
// remark plugins (links from names to entries) need it. GFM is on by default in unified()
// (it applies remark-gfm itself). See bench/RESULTS.md for the measured cost.
// Entry names are read here, once per build, from the same folder the content layer uses.
const contentDir = resolve(process.env.HANDBOOK_CONTENT_DIR ?? './content');
const base = process.env.HANDBOOK_BASE || '/';
/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
export const remarkPlugins = [[remarkNameLinks, { names: buildNameTable(loadNamedEntries(contentDir)), contentDir, base }]];

export default defineConfig({
  // Where the site is deployed (README「部署」): the absolute URL for canonical
  // links, the feed and the sitemap, and the path prefix it is served under.
  site: process.env.HANDBOOK_SITE || undefined,
  base,
  trailingSlash: 'always',
  // No inline <style> or <script>: the Content-Security-Policy allows neither
  // (src/lib/security/csp.ts). Astro inlines a script below Vite's
  // assetsInlineLimit; 0 turns that off.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // The benchmark (and parallel local builds) use their own output and cache folders.
  outDir: process.env.HANDBOOK_OUT_DIR ?? './dist',
  cacheDir: process.env.HANDBOOK_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: unified({ remarkPlugins, smartypants: false }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
