// The benchmark's floor: the same entries through Astro 7's defaults (the
// Sätteri Markdown processor, MDX), but a minimal page with no schema, graph
// or relations.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.HANDBOOK_OUT_DIR,
  cacheDir: process.env.HANDBOOK_CACHE_DIR,
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
