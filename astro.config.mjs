// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import { buildNameTable, loadGlossaryTerms } from './src/lib/glossary-terms.ts';
import { remarkGlossaryLinks } from './src/plugins/remark-glossary-links.ts';

// unified (remark/rehype) rather than the default Sätteri: the handbook's own
// remark plugins (glossary links) need it. GFM is on by default in unified()
// (it applies remark-gfm itself). See bench/RESULTS.md for the measured cost.
// The glossary is read here, once per build, from the same folder the content layer uses.
const contentDir = resolve(process.env.HANDBOOK_CONTENT_DIR ?? './content');
/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
export const remarkPlugins = [[remarkGlossaryLinks, { names: buildNameTable(loadGlossaryTerms(contentDir)), contentDir }]];

export default defineConfig({
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
