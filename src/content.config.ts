import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createSchemas, type ReferenceFn } from './schemas';
import { createIdRegistry } from './lib/entry-ids';
import type { Kind } from './core/kinds';

// The benchmark points this at a generated corpus; everyone else uses ./content.
const contentRoot = process.env.HANDBOOK_CONTENT_DIR ?? './content';
const schemas = createSchemas(reference as unknown as ReferenceFn);

function loaderFor(kind: Kind) {
  const idOf = createIdRegistry(kind);
  return glob({
    pattern: '**/*.{md,mdx,yaml,yml}',
    base: `${contentRoot}/${kind}`,
    generateId: ({ entry }) => idOf(entry),
  });
}

// Written out per collection so each keeps its own schema type.
export const collections = {
  statements: defineCollection({ loader: loaderFor('statements'), schema: schemas.statements }),
  carriers: defineCollection({ loader: loaderFor('carriers'), schema: schemas.carriers }),
  methods: defineCollection({ loader: loaderFor('methods'), schema: schemas.methods }),
  domains: defineCollection({ loader: loaderFor('domains'), schema: schemas.domains }),
  models: defineCollection({ loader: loaderFor('models'), schema: schemas.models }),
  cases: defineCollection({ loader: loaderFor('cases'), schema: schemas.cases }),
  regions: defineCollection({ loader: loaderFor('regions'), schema: schemas.regions }),
  glossary: defineCollection({ loader: loaderFor('glossary'), schema: schemas.glossary }),
  stories: defineCollection({ loader: loaderFor('stories'), schema: schemas.stories }),
  guides: defineCollection({ loader: loaderFor('guides'), schema: schemas.guides }),
  sources: defineCollection({ loader: loaderFor('sources'), schema: schemas.sources }),
};
