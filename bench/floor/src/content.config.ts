import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.HANDBOOK_CONTENT_DIR!;
const kinds = ['statements', 'carriers', 'methods', 'domains', 'models', 'cases', 'regions', 'glossary', 'stories', 'guides', 'sources'] as const;

export const collections = Object.fromEntries(
  kinds.map((kind) => [kind, defineCollection({ loader: glob({ pattern: '**/*.{md,mdx,yaml,yml}', base: `${root}/${kind}` }) })]),
);
