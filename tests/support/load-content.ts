import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { createSchemas, type ReferenceFn } from '../../src/schemas';
import { createIdRegistry } from '../../src/lib/entry-ids';
import { contentFiles, readContentFile } from '../../src/lib/content-files';
import { buildGraph, type GraphEntry, type Graph, type Problem } from '../../src/lib/graph';
import { KIND_NAMES, type Kind } from '../../src/core/kinds';
import { DOMAIN_IDS, REGION_IDS, SOURCE_IDS } from '../../src/schemas/enums';

/**
 * Loads a content folder the way the site does (same schemas, same id rules,
 * same graph) without starting Astro, so content checks run in a second.
 */
export const fakeReference: ReferenceFn = (collection) =>
  z.string().transform((id) => ({ collection, id })) as never;

const schemas = createSchemas(fakeReference);

export interface LoadedContent {
  entries: GraphEntry[];
  graph: Graph;
  /** Schema and id problems, in the same shape as graph problems. */
  problems: Problem[];
}

export async function loadContent(root: string): Promise<LoadedContent> {
  const entries: GraphEntry[] = [];
  const problems: Problem[] = [];
  for (const kind of KIND_NAMES) {
    const base = join(root, kind);
    const idOf = createIdRegistry(kind);
    for (const file of contentFiles(base)) {
      const filePath = relative(process.cwd(), file);
      try {
        const id = idOf(relative(base, file));
        const { data, body } = readContentFile(file);
        const parsed = await schemas[kind as Kind].safeParseAsync(data);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) problems.push({ filePath, field: issue.path.join('.') || '（整个文件）', message: issue.message });
          continue;
        }
        const d = parsed.data as Record<string, unknown> & { title: string; summary?: string };
        entries.push({ kind, id, title: d.title, summary: d.summary ?? '', filePath, data: d, body });
      } catch (error) {
        problems.push({ filePath, field: 'id', message: (error as Error).message });
      }
    }
  }
  const graph = buildGraph(entries, { regions: REGION_IDS, domains: DOMAIN_IDS, sources: SOURCE_IDS });
  return { entries, graph, problems: [...problems, ...graph.problems] };
}
