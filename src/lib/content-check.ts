import { readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { createSchemas, type ReferenceFn } from '../schemas';
import { createIdRegistry } from './entry-ids';
import { contentFiles, readContentFile } from './content-files';
import { frontmatterProblems } from './frontmatter';
import { buildGraph, missingSourceTexts, type Graph, type GraphEntry, type Problem } from './graph';
import { lineOfField, lineOfText } from './content-lines';
import { loadSourceTexts, sourcesDir, type SourceTexts } from './source-texts';
import { KIND_NAMES, type Kind } from '../core/kinds';
import { CLOSED_SETS } from './closed-sets';

/**
 * Every content check without building pages: YAML syntax, file names and
 * ids, schemas, references, numbers, quotes against their sources and 「」.
 * The same schemas, id rules and graph the build uses; only Astro's
 * `reference()` is replaced by a stand-in, since the graph checks references.
 */

/** Astro's `reference()` outside Astro: an id in, a typed reference out. */
export const plainReference: ReferenceFn = (collection) => z.string().transform((id) => ({ collection, id })) as never;

const schemas = createSchemas(plainReference);

export interface CheckedContent {
  entries: GraphEntry[];
  graph: Graph;
  /** Every problem found, with its line where it can be found. */
  problems: Problem[];
  sources: SourceTexts;
}

/** A schema issue's path as the checks write field paths: `citations[2].quote`. */
export function locationOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

export async function checkContent(root: string, dir: string = sourcesDir()): Promise<CheckedContent> {
  const entries: GraphEntry[] = [];
  const problems: Problem[] = [];
  for (const kind of KIND_NAMES) {
    const base = join(root, kind);
    const idOf = createIdRegistry(kind);
    for (const file of contentFiles(base)) {
      const filePath = relative(process.cwd(), file);
      let id: string;
      try {
        id = idOf(relative(base, file));
      } catch (error) {
        problems.push({ filePath, field: '文件名', message: (error as Error).message, line: 1 });
        continue;
      }
      const syntax = frontmatterProblems(readFileSync(file, 'utf8'), extname(file));
      if (syntax.length) {
        problems.push(...syntax.map((p) => ({ filePath, field: '格式', message: p.message, line: p.line })));
        continue;
      }
      const { data, body } = readContentFile(file);
      const parsed = await schemas[kind as Kind].safeParseAsync(data ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ filePath, field: locationOf(issue.path) || '（整个文件）', message: issue.message });
        continue;
      }
      const d = parsed.data as Record<string, unknown> & { title: string; summary?: string };
      entries.push({ kind, id, title: d.title, summary: d.summary ?? '', filePath, data: d, body });
    }
  }
  const sources = loadSourceTexts(entries.filter((e) => e.kind === 'sources').map((e) => e.id), dir);
  const texts = sources.available ? sources.texts : undefined;
  const graph = buildGraph(entries, CLOSED_SETS, texts);
  if (texts) problems.push(...missingSourceTexts(entries, texts, sources.dir));
  problems.push(...graph.problems);
  return { entries, graph, problems: withLines(problems), sources };
}

/** Adds the line each problem is on, read from its file. */
export function withLines(problems: readonly Problem[]): Problem[] {
  const raw = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!raw.has(file)) {
      try {
        raw.set(file, readFileSync(file, 'utf8'));
      } catch {
        raw.set(file, undefined);
      }
    }
    return raw.get(file);
  };
  return problems.map((p) => {
    if (p.line) return p;
    const text = textOf(p.filePath);
    if (text === undefined) return p;
    const line = (p.excerpt && lineOfText(text, p.excerpt)) || lineOfField(text, p.field);
    return line ? { ...p, line } : p;
  });
}
