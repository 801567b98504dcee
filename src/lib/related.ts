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

/**
 * The graph's entries numbered, with what scoring needs of each, and
 * reusable score tables: a page scores hundreds of candidates, and numbers
 * in typed arrays cost far less than strings in maps (a tenth of the build's
 * page-rendering time at 5,000 cases otherwise).
 */
interface ScoringIndex {
  keys: string[];
  number: Map<string, number>;
  /** What a shared neighbour of this entry is worth (0: not an anchor). */
  weight: Float64Array;
  /** 1 for a domain, 2 for a region: sharing both earns the bonus. */
  anchorKind: Uint8Array;
  suggestible: Uint8Array;
  kindRank: Int32Array;
  neighbours: (Int32Array | undefined)[];
  score: Float64Array;
  shares: Uint8Array;
  isOwn: Uint8Array;
}

const scoringCache = new WeakMap<Graph, ScoringIndex>();

function scoringIndex(graph: Graph): ScoringIndex {
  let index = scoringCache.get(graph);
  if (!index) {
    const keys = [...graph.nodes.keys()];
    const n = keys.length;
    const kinds = keys.map(kindOf);
    index = {
      keys,
      number: new Map(keys.map((key, i) => [key, i])),
      weight: Float64Array.from(kinds, (kind) => WEIGHT[kind] ?? 0),
      anchorKind: Uint8Array.from(kinds, (kind) => (kind === 'domains' ? 1 : kind === 'regions' ? 2 : 0)),
      suggestible: Uint8Array.from(kinds, (kind) => Number(!NEVER_SUGGESTED.has(kind))),
      kindRank: Int32Array.from(kinds, kindRank),
      neighbours: new Array(n),
      score: new Float64Array(n),
      shares: new Uint8Array(n),
      isOwn: new Uint8Array(n),
    };
    scoringCache.set(graph, index);
  }
  return index;
}

function numberedNeighbours(graph: Graph, index: ScoringIndex, i: number): Int32Array {
  let found = index.neighbours[i];
  if (!found) {
    found = Int32Array.from(graph.neighbours.get(index.keys[i]!) ?? [], (key) => index.number.get(key)!);
    index.neighbours[i] = found;
  }
  return found;
}

export function relatedEntries(graph: Graph, key: string, limit = MAX_RELATED): RelatedEntry[] {
  const index = scoringIndex(graph);
  const self = index.number.get(key);
  if (self === undefined) return [];
  const { keys, weight, anchorKind, suggestible, score, shares, isOwn } = index;
  const own = numberedNeighbours(graph, index, self);
  for (const anchor of own) isOwn[anchor] = 1;
  // Scores only: on a corpus of thousands of cases a region or domain links
  // to hundreds of them, so the reasons are worked out for the winners alone.
  const scored: number[] = [];
  for (const anchor of own) {
    const worth = weight[anchor]!;
    if (!worth) continue;
    for (const candidate of numberedNeighbours(graph, index, anchor)) {
      if (candidate === self || isOwn[candidate] || !suggestible[candidate]) continue;
      if (score[candidate] === 0) scored.push(candidate);
      score[candidate] = score[candidate]! + worth;
      shares[candidate] = shares[candidate]! | anchorKind[anchor]!;
    }
  }

  const ownRank = index.kindRank[self]!;
  const ranked = (candidate: number) => ({
    candidate: keys[candidate]!,
    score: score[candidate]! + (shares[candidate] === 3 ? DOMAIN_AND_REGION_BONUS : 0),
    sameKind: Number(index.kindRank[candidate] === ownRank),
    kindRank: index.kindRank[candidate]!,
  });
  type Ranked = ReturnType<typeof ranked>;
  const before = (a: Ranked, b: Ranked) =>
    b.score - a.score || b.sameKind - a.sameKind || a.kindRank - b.kindRank || (a.candidate < b.candidate ? -1 : 1);
  // The best `limit`, kept in order while scanning: no sort of every candidate.
  const best: Ranked[] = [];
  for (const candidate of scored) {
    const r = ranked(candidate);
    if (best.length === limit && before(r, best[limit - 1]!) > 0) continue;
    const at = best.findIndex((b) => before(r, b) < 0);
    best.splice(at === -1 ? best.length : at, 0, r);
    if (best.length > limit) best.pop();
  }
  // The tables are shared by every page: leave them empty for the next.
  for (const candidate of scored) score[candidate] = shares[candidate] = 0;
  for (const anchor of own) isOwn[anchor] = 0;
  const ownKeys = [...own].map((anchor) => keys[anchor]!);
  return best.map(({ candidate }) => {
    const shared = ownKeys.filter((anchor) => WEIGHT[kindOf(anchor)] && graph.neighbours.get(anchor)?.has(candidate));
    shared.sort((a, b) => WEIGHT[kindOf(b)]! - WEIGHT[kindOf(a)]! || kindRank(kindOf(a)) - kindRank(kindOf(b)));
    return { entry: graph.nodes.get(candidate)!, shared: shared.map((k) => graph.nodes.get(k)!) };
  });
}
