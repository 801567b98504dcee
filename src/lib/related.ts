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

// Each entry's neighbours, worked out once per graph: every page asks for
// the hubs' (a region's hundreds of cases) again.
const neighbourCache = new WeakMap<Graph, Map<string, Set<string>>>();

/** Entries linked to or from `key`. */
function neighbours(graph: Graph, key: string): Set<string> {
  let cache = neighbourCache.get(graph);
  if (!cache) neighbourCache.set(graph, (cache = new Map()));
  let found = cache.get(key);
  if (!found) {
    found = new Set([...(graph.outgoing.get(key) ?? []).map((e) => e.to), ...(graph.incoming.get(key) ?? []).map((e) => e.from)]);
    cache.set(key, found);
  }
  return found;
}

export function relatedEntries(graph: Graph, key: string, limit = MAX_RELATED): RelatedEntry[] {
  const own = neighbours(graph, key);
  // Scores only: on a corpus of thousands of cases a region or domain links
  // to hundreds of them, so the reasons are worked out for the winners alone.
  const score = new Map<string, number>();
  const sharesDomain = new Set<string>();
  const sharesRegion = new Set<string>();
  for (const anchor of own) {
    const kind = kindOf(anchor);
    const weight = WEIGHT[kind];
    if (!weight) continue;
    for (const candidate of neighbours(graph, anchor)) {
      if (candidate === key || own.has(candidate) || NEVER_SUGGESTED.has(kindOf(candidate))) continue;
      score.set(candidate, (score.get(candidate) ?? 0) + weight);
      if (kind === 'domains') sharesDomain.add(candidate);
      else if (kind === 'regions') sharesRegion.add(candidate);
    }
  }

  const ownKind = kindOf(key);
  const ranked = (candidate: string) => ({
    candidate,
    score: score.get(candidate)! + (sharesDomain.has(candidate) && sharesRegion.has(candidate) ? DOMAIN_AND_REGION_BONUS : 0),
    sameKind: Number(kindOf(candidate) === ownKind),
    kindRank: kindRank(kindOf(candidate)),
  });
  type Ranked = ReturnType<typeof ranked>;
  const before = (a: Ranked, b: Ranked) =>
    b.score - a.score || b.sameKind - a.sameKind || a.kindRank - b.kindRank || (a.candidate < b.candidate ? -1 : 1);
  // The best `limit`, kept in order while scanning: no sort of every candidate.
  const best: Ranked[] = [];
  for (const candidate of score.keys()) {
    const r = ranked(candidate);
    if (best.length === limit && before(r, best[limit - 1]!) > 0) continue;
    const at = best.findIndex((b) => before(r, b) < 0);
    best.splice(at === -1 ? best.length : at, 0, r);
    if (best.length > limit) best.pop();
  }
  return best.map(({ candidate }) => {
    const shared = [...own].filter((anchor) => WEIGHT[kindOf(anchor)] && neighbours(graph, anchor).has(candidate));
    shared.sort((a, b) => WEIGHT[kindOf(b)]! - WEIGHT[kindOf(a)]! || kindRank(kindOf(a)) - kindRank(kindOf(b)));
    return { entry: graph.nodes.get(candidate)!, shared: shared.map((k) => graph.nodes.get(k)!) };
  });
}
