import type { Graph, GraphEntry } from '../graph';
import type { Kind } from '../../core/kinds';

/**
 * Ready outlines: a statement plus the stories, cases, carriers and methods
 * the content links with it, picked from the graph (never hand-kept lists).
 */

/** The graph and every kind's entries in handbook order; `Handbook` satisfies it. */
export interface ContentIndex {
  graph: Graph;
  byKind: Record<Kind, readonly GraphEntry[]>;
}

export const READY_OUTLINE_KINDS = ['stories', 'cases', 'carriers', 'methods'] as const satisfies readonly Kind[];
/** About as much of each as a 20-minute talk has room for. */
export const READY_PER_KIND = 3;

export const entryKey = (e: GraphEntry) => `${e.kind}/${e.id}`;

/** Entries of `kind`, best `score` first (handbook order among equals), those scoring 0 left out. */
export function ranked(index: ContentIndex, kind: Kind, score: (key: string) => number): GraphEntry[] {
  return index.byKind[kind]
    .map((entry) => ({ entry, score: score(entryKey(entry)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.entry);
}

/**
 * The statement first, then up to READY_PER_KIND of each ready kind. The
 * statement's own links count more than links pointing at it (the writer
 * chose them for this statement).
 */
export function statementOutline(index: ContentIndex, statementKey: string): string[] {
  const score = statementLinkScore(index, statementKey);
  return [statementKey, ...READY_OUTLINE_KINDS.flatMap((kind) => ranked(index, kind, score).slice(0, READY_PER_KIND).map(entryKey))];
}

/** 2 for the statement's own links, 1 for entries linking to it, 3 for both; 0 otherwise. */
export function statementLinkScore(index: ContentIndex, statementKey: string): (key: string) => number {
  const chosen = new Set((index.graph.outgoing.get(statementKey) ?? []).map((e) => e.to));
  const pointing = new Set((index.graph.incoming.get(statementKey) ?? []).map((e) => e.from));
  return (key) => (chosen.has(key) ? 2 : 0) + (pointing.has(key) ? 1 : 0);
}
