import { KIND_NAMES, kindLabel, type Kind } from '../core/kinds';
import { nearest } from '../core/nearest';
import { proseOf, unbackedNumbers } from './numbers';
import { tileCollisions } from './region-tiles';

/**
 * The knowledge graph: every entry's outgoing and incoming links across all
 * collections, computed once per build from the references in the data.
 * Any `{ collection, id }` value in an entry's data is a reference, so a new
 * relation field needs no change here.
 */

export interface GraphEntry {
  kind: Kind;
  id: string;
  title: string;
  summary: string;
  /** Path of the content file, for error messages. */
  filePath: string;
  data: Record<string, unknown>;
  body?: string;
}

export interface Edge {
  from: string;
  to: string;
  /** Field the reference sits in, without list positions: `links.models`, `region`. */
  field: string;
}

export interface Citation {
  /** Key of the citing entry. */
  entry: string;
  source: string;
  quote: string;
  note?: string;
  /** Position among the entry's citations, for stable anchors. */
  index: number;
  /** Field the citation sits in: `citations`, `awards`, … */
  field: string;
}

export interface Problem {
  filePath: string;
  field: string;
  message: string;
}

export interface Graph {
  nodes: Map<string, GraphEntry>;
  outgoing: Map<string, Edge[]>;
  incoming: Map<string, Edge[]>;
  citations: Map<string, Citation[]>;
  citationsBySource: Map<string, Citation[]>;
  problems: Problem[];
}

export const keyOf = (kind: Kind, id: string) => `${kind}/${id}`;

function isRef(value: unknown): value is { collection: Kind; id: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { collection?: unknown }).collection === 'string';
}

interface Found {
  refs: { field: string; kind: Kind; id: string }[];
  citations: Omit<Citation, 'entry' | 'index'>[];
  texts: string[];
}

// Fields whose strings are metadata, not prose a reader takes as a fact.
const NON_PROSE_FIELDS = new Set(['quote', 'date', 'dateNote', 'sortKey']);

function walk(value: unknown, path: string[], found: Found): void {
  if (typeof value === 'string') {
    if (!NON_PROSE_FIELDS.has(path.at(-1) ?? '')) found.texts.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) walk(item, path, found);
    return;
  }
  if (!value || typeof value !== 'object') return;
  if (isRef(value)) {
    found.refs.push({ field: path.join('.'), kind: value.collection, id: value.id });
    return;
  }
  const record = value as Record<string, unknown>;
  if (isRef(record.source) && typeof record.quote === 'string') {
    found.citations.push({
      source: record.source.id,
      quote: record.quote,
      note: typeof record.note === 'string' ? record.note : undefined,
      field: path.join('.'),
    });
  }
  for (const [key, child] of Object.entries(record)) walk(child, [...path, key], found);
}

/** Closed sets: each listed id must have exactly one content file. */
export type ClosedSets = Partial<Record<Kind, readonly string[]>>;

export function buildGraph(entries: readonly GraphEntry[], closedSets: ClosedSets = {}): Graph {
  const nodes = new Map<string, GraphEntry>();
  const idsByKind = new Map<Kind, string[]>(KIND_NAMES.map((k) => [k, []]));
  for (const entry of entries) {
    nodes.set(keyOf(entry.kind, entry.id), entry);
    idsByKind.get(entry.kind)!.push(entry.id);
  }

  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  const citations = new Map<string, Citation[]>();
  const citationsBySource = new Map<string, Citation[]>();
  const problems: Problem[] = [];
  const push = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };

  for (const entry of entries) {
    const from = keyOf(entry.kind, entry.id);
    const found: Found = { refs: [], citations: [], texts: [entry.title] };
    for (const [key, value] of Object.entries(entry.data)) if (key !== 'title') walk(value, [key], found);
    if (entry.body) found.texts.push(proseOf(entry.body));

    const seen = new Set<string>();
    for (const ref of found.refs) {
      const to = keyOf(ref.kind, ref.id);
      if (!nodes.has(to)) {
        const hint = nearest(ref.id, idsByKind.get(ref.kind) ?? []);
        problems.push({
          filePath: entry.filePath,
          field: ref.field,
          message: `引用了不存在的${kindLabel(ref.kind)}「${ref.id}」。${hint ? `是不是想写「${hint}」？` : `请检查 content/${ref.kind}/ 下的文件名。`}`,
        });
        continue;
      }
      if (to === from || seen.has(`${ref.field}>${to}`)) continue;
      seen.add(`${ref.field}>${to}`);
      const edge = { from, to, field: ref.field };
      push(outgoing, from, edge);
      push(incoming, to, edge);
    }

    const entryCitations = found.citations.map((c, index) => ({ ...c, entry: from, index }));
    citations.set(from, entryCitations);
    for (const c of entryCitations) push(citationsBySource, c.source, c);

    if (entryCitations.length > 0 || entry.kind !== 'sources') {
      const missing = unbackedNumbers(found.texts, entryCitations.map((c) => c.quote));
      if (missing.length > 0) {
        problems.push({
          filePath: entry.filePath,
          field: '正文或字段',
          message: `数字 ${missing.join('、')} 没有出现在本条目的任何引文中。页面上的每个数字都要有包含它的原文引文：请在 citations 中加入含有该数字的原话，或删去这个数字。`,
        });
      }
    }
  }

  for (const [kind, ids] of Object.entries(closedSets) as [Kind, readonly string[]][]) {
    const present = new Set(idsByKind.get(kind));
    for (const id of ids) {
      if (!present.has(id)) {
        problems.push({ filePath: `content/${kind}/`, field: 'id', message: `缺少${kindLabel(kind)}「${id}」的条目文件（${kindLabel(kind)}是固定集合）。请新建 content/${kind}/${id}.yaml 或 .mdx。` });
      }
    }
    for (const id of present) {
      if (!ids.includes(id)) {
        const hint = nearest(id, ids);
        problems.push({
          filePath: nodes.get(keyOf(kind, id))!.filePath,
          field: 'id',
          message: `「${id}」不在固定的${kindLabel(kind)}集合中。${hint ? `是不是想写「${hint}」？` : `允许的 id：${ids.join('、')}。`}`,
        });
      }
    }
  }

  problems.push(...tileCollisions(entries));

  return { nodes, outgoing, incoming, citations, citationsBySource, problems };
}

/** One readable error for every problem, grouped by file, for a failed build. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.filePath, [...(byFile.get(p.filePath) ?? []), p]);
  const lines = [`内容检查发现 ${problems.length} 个问题，构建已停止：`];
  for (const [file, list] of byFile) {
    lines.push(`\n${file}`);
    for (const p of list) lines.push(`  · ${p.field}：${p.message}`);
  }
  return lines.join('\n');
}

export interface LinkGroup {
  kind: Kind;
  label: string;
  entries: GraphEntry[];
}

function groupByKind(keys: Iterable<string>, nodes: Map<string, GraphEntry>): LinkGroup[] {
  const groups = new Map<Kind, GraphEntry[]>();
  for (const key of keys) {
    const node = nodes.get(key)!;
    groups.set(node.kind, [...(groups.get(node.kind) ?? []), node]);
  }
  return KIND_NAMES.filter((k) => groups.has(k)).map((kind) => ({ kind, label: kindLabel(kind), entries: groups.get(kind)! }));
}

/** Entries this one links to, grouped by kind, each once. */
export function linksFrom(graph: Graph, key: string): LinkGroup[] {
  return groupByKind(new Set((graph.outgoing.get(key) ?? []).map((e) => e.to)), graph.nodes);
}

/** Entries that link here ("backlinks"), grouped by kind, each once. */
export function linksTo(graph: Graph, key: string): LinkGroup[] {
  return groupByKind(new Set((graph.incoming.get(key) ?? []).map((e) => e.from)), graph.nodes);
}

/** Keys of entries linking here through `field` (e.g. cases whose `region` is this region). */
export function referrers(graph: Graph, key: string, field: string, kind?: Kind): string[] {
  return (graph.incoming.get(key) ?? []).filter((e) => e.field === field && (!kind || e.from.startsWith(`${kind}/`))).map((e) => e.from);
}
