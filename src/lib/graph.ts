import { KIND_NAMES, kindLabel, type Kind } from '../core/kinds';
import { nearest } from '../core/nearest';
import { proseOf, unbackedNumbers } from './numbers';
import { tileCollisions } from './region-tiles';
import { checkQuote, containsQuote, cornerQuotedPhrases, normalizeQuote, type SourceText } from './quote-text';

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
  /** Words on the line the problem is on, when the field alone does not find it (a phrase in the body). */
  excerpt?: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

export interface Graph {
  nodes: Map<string, GraphEntry>;
  outgoing: Map<string, Edge[]>;
  incoming: Map<string, Edge[]>;
  /** Keys of the entries linked with each entry in either direction: those it links to, then those linking to it. */
  neighbours: Map<string, ReadonlySet<string>>;
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
  citations: (Omit<Citation, 'entry' | 'index'> & { location: string })[];
  /** Every string of the entry with where it sits (`summary`, `highlights[1]`) and its field name. */
  texts: { text: string; location: string; key: string }[];
}

// Fields whose strings are metadata, not prose a reader takes as a fact.
const NON_PROSE_FIELDS = new Set(['quote', 'date', 'dateNote', 'sortKey']);

/** `path` names the field without list positions (for edges); `location` with them (for messages). */
function walk(value: unknown, path: string[], location: string, found: Found): void {
  if (typeof value === 'string') {
    found.texts.push({ text: value, location, key: path.at(-1) ?? '' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, path, `${location}[${i}]`, found));
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
      location,
    });
  }
  for (const [key, child] of Object.entries(record)) walk(child, [...path, key], location ? `${location}.${key}` : key, found);
}

/** Closed sets: each listed id must have exactly one content file. */
export type ClosedSets = Partial<Record<Kind, readonly string[]>>;

/**
 * Source full texts by source id, when they are at hand: then every quote is
 * looked up in its source, and every 「」 phrase in the handbook's own prose
 * must be the words of a source the entry cites, or an entry's name.
 */
export type SourceTextMap = ReadonlyMap<string, SourceText>;

export function buildGraph(entries: readonly GraphEntry[], closedSets: ClosedSets = {}, sourceTexts?: SourceTextMap): Graph {
  const nodes = new Map<string, GraphEntry>();
  const idsByKind = new Map<Kind, string[]>(KIND_NAMES.map((k) => [k, []]));
  for (const entry of entries) {
    nodes.set(keyOf(entry.kind, entry.id), entry);
    idsByKind.get(entry.kind)!.push(entry.id);
  }

  const names = new Set(entries.flatMap((e) => [e.title, ...(((e.data.aliases as string[] | undefined) ?? []))]).map(nameKey));
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
    const found: Found = { refs: [], citations: [], texts: [{ text: entry.title, location: 'title', key: 'title' }] };
    for (const [key, value] of Object.entries(entry.data)) if (key !== 'title') walk(value, [key], key, found);
    if (entry.body) found.texts.push({ text: proseOf(entry.body), location: '正文', key: '' });

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

    const entryCitations = found.citations.map(({ location: _, ...c }, index) => ({ ...c, entry: from, index }));
    citations.set(from, entryCitations);
    for (const c of entryCitations) push(citationsBySource, c.source, c);

    if (entryCitations.length > 0 || entry.kind !== 'sources') {
      const prose = found.texts.filter((t) => !NON_PROSE_FIELDS.has(t.key)).map((t) => t.text);
      const missing = unbackedNumbers(prose, entryCitations.map((c) => c.quote));
      if (missing.length > 0) {
        problems.push({
          filePath: entry.filePath,
          field: '正文或字段',
          message: `数字 ${missing.join('、')} 没有出现在本条目的任何引文中。页面上的每个数字都要有包含它的原文引文：请在 citations 中加入含有该数字的原话，或删去这个数字。`,
        });
      }
    }

    if (sourceTexts) problems.push(...quoteProblems(entry, found, sourceTexts, names));
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

  const neighbours = new Map<string, ReadonlySet<string>>(
    [...nodes.keys()].map((key) => [key, new Set([...(outgoing.get(key) ?? []).map((e) => e.to), ...(incoming.get(key) ?? []).map((e) => e.from)])]),
  );
  return { nodes, outgoing, incoming, neighbours, citations, citationsBySource, problems };
}

/** A title or alias as compared with a 「」 phrase: its own corner marks dropped. */
const nameKey = (name: string) => normalizeQuote(name).replace(/"/g, '');

function quoteProblems(entry: GraphEntry, found: Found, sourceTexts: SourceTextMap, names: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const c of found.citations) {
    const source = sourceTexts.get(c.source);
    if (!source) continue; // an unknown source id or a source without its text is reported elsewhere
    const result = checkQuote(source, c.quote);
    if (!result.found) {
      problems.push({
        filePath: entry.filePath,
        field: `${c.location}.quote`,
        message: `引文「${c.quote}」在来源「${c.source}」中找不到。${result.closest ? `原文最接近的是：「${result.closest}」。` : '原文中没有相近的文字，请确认来源是否选对。'}请照原文逐字改正引文（空格、换行、全角半角和引号样式可以不同），或换一段原文。`,
      });
    }
  }
  const cited = [...new Set(found.citations.map((c) => c.source))].map((id) => sourceTexts.get(id)).filter((s) => s !== undefined);
  if (entry.kind === 'sources' && sourceTexts.has(entry.id)) cited.push(sourceTexts.get(entry.id)!);
  const reported = new Set<string>();
  for (const { text, location, key } of found.texts) {
    if (key === 'quote') continue;
    for (const phrase of cornerQuotedPhrases(text)) {
      if (reported.has(phrase) || names.has(nameKey(phrase)) || cited.some((s) => containsQuote(s, phrase))) continue;
      reported.add(phrase);
      problems.push({
        filePath: entry.filePath,
        field: location,
        excerpt: `「${phrase}」`,
        message: `「${phrase}」用了直角引号，但本条目引用的来源里没有这句原话，它也不是任何条目的标题或别名。「」只用来标出来源的原话或条目的名称：请照来源原文改写，或改用普通引号“${phrase}”、加粗 **${phrase}**，或去掉引号。`,
      });
    }
  }
  return problems;
}

/** Each source entry needs its full text, or none of its quotes can be checked. */
export function missingSourceTexts(entries: readonly GraphEntry[], sourceTexts: SourceTextMap, dir: string): Problem[] {
  return entries
    .filter((e) => e.kind === 'sources' && !sourceTexts.has(e.id))
    .map((e) => ({
      filePath: e.filePath,
      field: '（来源全文）',
      message: `来源「${e.id}」没有全文文件：请把全文存为 ${dir}/${e.id}.txt（UTF-8 纯文本）。全文只放在这个文件夹里，不要放进 content/ 或网站。`,
    }));
}

/** One readable error for every problem, grouped by file, for a failed build. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.filePath, [...(byFile.get(p.filePath) ?? []), p]);
  const lines = [`内容检查发现 ${problems.length} 个问题，构建已停止：`];
  for (const [file, list] of byFile) {
    lines.push(`\n${file}`);
    for (const p of list) lines.push(`  · ${p.line ? `第 ${p.line} 行 ` : ''}${p.field}：${p.message}`);
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
    const group = groups.get(node.kind);
    if (group) group.push(node);
    else groups.set(node.kind, [node]);
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
