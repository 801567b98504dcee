// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { resolve } from 'node:path';
import { buildNameTable, loadNamedEntries } from './src/lib/entry-names.ts';
import { nameLinks } from './src/plugins/name-links.ts';
import { searchIndex } from './src/build/search-index.ts';

// Astro's default Markdown processor, Sätteri, with the handbook's one plugin:
// links from names to entries. Entry names are read here, once per build, from
// the same folder the content layer uses.
const contentDir = resolve(process.env.HANDBOOK_CONTENT_DIR ?? './content');
const base = process.env.HANDBOOK_BASE || '/';

export default defineConfig({
  // Where the site is deployed (README「部署」): the absolute URL for canonical
  // links, the feed and the sitemap, and the path prefix it is served under.
  site: process.env.HANDBOOK_SITE || undefined,
  base,
  trailingSlash: 'always',
  // No inline <style> or <script>: the Content-Security-Policy allows neither
  // (src/lib/security/csp.ts). Astro inlines a script below Vite's
  // assetsInlineLimit; 0 turns that off.
  // Four pages in flight: while one page's file is written (or waits for the
  // search indexer, src/build/search-index.ts), the next renders. With one,
  // the renderer sat idle for about a fifth of the page-generation time
  // (CPU profile at 2,000 cases; bench/RESULTS.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  // The benchmark (and parallel local builds) use their own output and cache folders.
  outDir: process.env.HANDBOOK_OUT_DIR ?? './dist',
  cacheDir: process.env.HANDBOOK_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    // GFM (tables) is on by default. Smart punctuation stays off: it would turn the
    // ASCII quotes and dashes in Chinese text into curly ones.
    processor: satteri({
      mdastPlugins: [nameLinks({ names: buildNameTable(loadNamedEntries(contentDir)), contentDir, base })],
      features: { smartPunctuation: false },
    }),
  },
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
});
