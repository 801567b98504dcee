// The benchmark's floor: the same entries through the same Markdown/MDX
// processor, but a minimal page with no schema, graph or relations.
// HANDBOOK_PROCESSOR=satteri measures Astro's default processor instead.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  outDir: process.env.HANDBOOK_OUT_DIR,
  cacheDir: process.env.HANDBOOK_CACHE_DIR,
  markdown: process.env.HANDBOOK_PROCESSOR === 'satteri' ? {} : { processor: unified({ smartypants: false }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
