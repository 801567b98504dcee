import { getCollection, type CollectionEntry } from 'astro:content';
import { REGION_IDS } from '../schemas/enums';
import { buildGraph, formatProblems, keyOf, missingSourceTexts, type Graph, type GraphEntry } from './graph';
import { withLines } from './content-check';
import { CLOSED_SETS } from './closed-sets';
import { loadSourceTexts, QUOTES_NOT_CHECKED, SOURCES_REQUIRED_IN_CI } from './source-texts';
import { KIND_NAMES, type Kind } from '../core/kinds';
import { compareEntries, pinyinSortKey } from './ordering';
import { readHistory, type History } from './last-updated';
import { listingPageSize } from './pagination';

/**
 * The whole handbook, loaded and checked once per build. Every page reads it;
 * nothing else calls getCollection. A broken reference, a closed-set mismatch
 * or an unbacked number stops the build here with a Chinese report.
 */

/** Items per page of a long listing (src/lib/pagination.ts). */
export const PAGE_SIZE = listingPageSize(process.env);

export type AnyEntry = { [K in Kind]: CollectionEntry<K> }[Kind];

export interface HandbookEntry extends GraphEntry {
  key: string;
  entry: AnyEntry;
}

export interface Handbook {
  graph: Graph;
  /** When each content file last changed (one git log per build). */
  history: History;
  byKind: Record<Kind, HandbookEntry[]>;
  get(kind: Kind, id: string): HandbookEntry | undefined;
}

function summaryOf(entry: AnyEntry): string {
  return 'summary' in entry.data ? entry.data.summary : '';
}

async function load(): Promise<Handbook> {
  const all: HandbookEntry[] = [];
  for (const kind of KIND_NAMES) {
    for (const entry of (await getCollection(kind)) as AnyEntry[]) {
      all.push({
        key: keyOf(kind, entry.id),
        kind,
        id: entry.id,
        title: entry.data.title,
        summary: summaryOf(entry),
        filePath: entry.filePath ?? `content/${kind}/${entry.id}`,
        data: entry.data as Record<string, unknown>,
        body: entry.body,
        entry,
      });
    }
  }
  const sources = loadSourceTexts(byKindIds(all, 'sources'));
  if (!sources.available) {
    if (process.env.CI) throw new Error(SOURCES_REQUIRED_IN_CI(sources.dir));
    console.warn(QUOTES_NOT_CHECKED(sources.dir));
  }
  const texts = sources.available ? sources.texts : undefined;
  const graph = buildGraph(all, CLOSED_SETS, texts);
  const problems = [...(texts ? missingSourceTexts(all, texts, sources.dir) : []), ...graph.problems];
  if (problems.length > 0) throw new Error(formatProblems(withLines(problems)));

  const regionOrder = new Map<string, number>(REGION_IDS.map((id, i) => [id, i + 1]));
  const sortable = (e: HandbookEntry) => {
    const d = e.data as { order?: number; date?: string; sortKey?: string };
    return {
      title: e.title,
      order: e.kind === 'regions' ? regionOrder.get(e.id) : d.order,
      date: e.kind === 'cases' ? d.date : undefined,
      sortKey: d.sortKey ?? pinyinSortKey(e.title),
    };
  };
  // Each entry's sort fields once: pinyin is slow, and a sort compares each entry many times.
  const sortFields = new Map(all.map((e) => [e, sortable(e)]));
  const byKind = Object.fromEntries(KIND_NAMES.map((k) => [k, [] as HandbookEntry[]])) as Record<Kind, HandbookEntry[]>;
  for (const e of all) byKind[e.kind].push(e);
  for (const list of Object.values(byKind)) list.sort((a, b) => compareEntries(sortFields.get(a)!, sortFields.get(b)!));

  const index = new Map(all.map((e) => [e.key, e]));
  const history = readHistory(process.env.HANDBOOK_CONTENT_DIR ?? 'content');
  return { graph, history, byKind, get: (kind, id) => index.get(keyOf(kind, id)) };
}

const byKindIds = (entries: readonly GraphEntry[], kind: Kind) => entries.filter((e) => e.kind === kind).map((e) => e.id);

let loaded: Promise<Handbook> | undefined;

export function loadHandbook(): Promise<Handbook> {
  loaded ??= load();
  return loaded;
}
