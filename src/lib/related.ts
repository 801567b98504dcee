import { KIND_NAMES, type Kind } from '../core/kinds';
import type { Graph, GraphEntry } from './graph';

/**
 * "Related entries": entries this one does not link to (either way) but that
 * share something with it in the graph — the same model, the same statement,
 * the same domain and region. Suggestions only, so hubs (regions, domains,
 * sources) are never suggested themselves; they are what entries share.
 */

export interface RelatedEntry {
  entry: GraphEntry;
  /** What the two share, strongest first: shown as the reason. */
  shared: GraphEntry[];
}

export const MAX_RELATED = 5;

/** How much one shared neighbour says about two entries. */
const WEIGHT: Partial<Record<Kind, number>> = { models: 3, statements: 2, domains: 1, regions: 1 };
/** Same domain in the same region: as telling as a shared model. */
const DOMAIN_AND_REGION_BONUS = 1;
const NEVER_SUGGESTED = new Set<Kind>(['regions', 'domains', 'sources']);

const kindOf = (key: string) => key.slice(0, key.indexOf('/')) as Kind;
const kindRank = (kind: Kind) => KIND_NAMES.indexOf(kind);

/** Entries linked to or from `key`. */
function neighbours(graph: Graph, key: string): Set<string> {
  return new Set([...(graph.outgoing.get(key) ?? []).map((e) => e.to), ...(graph.incoming.get(key) ?? []).map((e) => e.from)]);
}

export function relatedEntries(graph: Graph, key: string, limit = MAX_RELATED): RelatedEntry[] {
  const own = neighbours(graph, key);
  const sharedBy = new Map<string, string[]>();
  for (const anchor of own) {
    if (!WEIGHT[kindOf(anchor)]) continue;
    for (const candidate of neighbours(graph, anchor)) {
      if (candidate === key || own.has(candidate) || NEVER_SUGGESTED.has(kindOf(candidate))) continue;
      sharedBy.set(candidate, [...(sharedBy.get(candidate) ?? []), anchor]);
    }
  }

  const ownKind = kindOf(key);
  const scored = [...sharedBy].map(([candidate, shared]) => {
    const kinds = new Set(shared.map(kindOf));
    const bonus = kinds.has('domains') && kinds.has('regions') ? DOMAIN_AND_REGION_BONUS : 0;
    const byWeight = [...shared].sort((a, b) => WEIGHT[kindOf(b)]! - WEIGHT[kindOf(a)]! || kindRank(kindOf(a)) - kindRank(kindOf(b)));
    return { candidate, shared: byWeight, score: shared.reduce((sum, k) => sum + WEIGHT[kindOf(k)]!, bonus) };
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      Number(kindOf(b.candidate) === ownKind) - Number(kindOf(a.candidate) === ownKind) ||
      kindRank(kindOf(a.candidate)) - kindRank(kindOf(b.candidate)) ||
      (a.candidate < b.candidate ? -1 : 1),
  );
  return scored.slice(0, limit).map(({ candidate, shared }) => ({
    entry: graph.nodes.get(candidate)!,
    shared: shared.map((k) => graph.nodes.get(k)!),
  }));
}
