import { buildGraph, type GraphEntry } from '../../src/lib/graph';
import { KIND_NAMES, type Kind } from '../../src/core/kinds';
import type { ContentIndex } from '../../src/lib/basket/ready-outlines';

/** A tiny handbook for unit tests; each kind's entries keep the order given (standing in for handbook order). */
export function contentIndex(entries: GraphEntry[]): ContentIndex {
  const byKind = Object.fromEntries(KIND_NAMES.map((k) => [k, entries.filter((e) => e.kind === k)])) as unknown as Record<Kind, GraphEntry[]>;
  return { graph: buildGraph(entries), byKind };
}
