import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createSchemas, type ReferenceFn } from './schemas';
import { createIdRegistry } from './lib/entry-ids';
import type { Kind } from './lib/kinds';

// The benchmark points this at a generated corpus; everyone else uses ./content.
const contentRoot = process.env.HANDBOOK_CONTENT_DIR ?? './content';
const schemas = createSchemas(reference as unknown as ReferenceFn);

function collection<S extends (typeof schemas)[Kind]>(kind: Kind, schema: S) {
  const idOf = createIdRegistry(kind);
  return defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx,yaml,yml}',
      base: `${contentRoot}/${kind}`,
      generateId: ({ entry }) => idOf(entry),
    }),
    schema,
  });
}

export const collections = {
  statements: collection('statements', schemas.statements),
  carriers: collection('carriers', schemas.carriers),
  methods: collection('methods', schemas.methods),
  domains: collection('domains', schemas.domains),
  models: collection('models', schemas.models),
  cases: collection('cases', schemas.cases),
  regions: collection('regions', schemas.regions),
  glossary: collection('glossary', schemas.glossary),
  stories: collection('stories', schemas.stories),
  guides: collection('guides', schemas.guides),
  sources: collection('sources', schemas.sources),
};
