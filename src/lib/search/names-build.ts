import { pinyin } from 'pinyin-pro';
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariants from 'opencc-js/dict/HKVariants';
import { KIND_NAMES, kindLabel, entryUrl, type Kind } from '../../core/kinds';
import type { Handbook } from '../handbook';
import { keyOf, type GraphEntry } from '../graph';
import { shardNameIndex, type NameIndexData, type NameReadingsData, type NameShardData, type NameTraditionalData } from './names';

/**
 * Builds the name index of names.ts at compile time: names of every entry,
 * the readings of every character the handbook uses (names and text: a
 * character typed for one that sounds alike costs half an edit), and the
 * traditional forms of those characters. Readings of characters outside the
 * handbook were left out to keep the first search within its byte budget;
 * such a typo still counts as one edit. Runs in Node only (pinyin-pro and OpenCC's tables stay
 * on the build machine; the page gets the few KB this returns).
 */
type Ref = { collection: Kind; id: string };
type Lookup = (key: string) => GraphEntry | undefined;

/** What tells an entry apart from another of the same title: its region(s) and, for a case, its year. */
export function entryNote(entry: GraphEntry, lookup: Lookup): string {
  const d = entry.data as { region?: Ref; regions?: Ref[]; date?: string };
  const regions = [...(d.region ? [d.region] : []), ...(d.regions ?? [])].map((r) => lookup(keyOf(r.collection, r.id))?.title ?? r.id);
  const year = entry.kind === 'cases' && typeof d.date === 'string' ? `${d.date.slice(0, 4)}年` : '';
  return [...regions.slice(0, 2), year].filter(Boolean).join(' · ');
}

/** Names an entry is looked up by: title, aliases, and a case's place. */
export function entryNames(entry: GraphEntry): string[] {
  const d = entry.data as { aliases?: string[]; place?: string };
  return [...new Set([entry.title, ...(d.aliases ?? []), ...(d.place ? [d.place] : [])])];
}

const HAN = /\p{Script=Han}/u;

// Simplified → traditional, per character (the page needs the reverse), in
// OpenCC's standard, Taiwan and Hong Kong forms. Only the character tables:
// the phrase tables change nothing for one character and would keep half a
// million trie nodes in memory for the whole build.
const toTraditional = [ConverterFactory([STCharacters]), ConverterFactory([STCharacters], [TWVariants]), ConverterFactory([STCharacters], [HKVariants])];

export function buildNameIndex(entries: readonly GraphEntry[], lookup: Lookup, text: string): NameIndexData & NameReadingsData & NameTraditionalData {
  const rows = entries.map((e) => [entryUrl(e.kind, e.id), e.title, kindLabel(e.kind), entryNote(e, lookup), ...entryNames(e).slice(1)]);
  const chars = [...new Set([...rows.flat().join(''), ...text].filter((c) => HAN.test(c)))].sort();
  const used = new Set(chars);
  const readings: Record<string, string> = {};
  const traditional = new Map<string, string>();
  for (const c of chars) {
    for (const r of new Set(pinyin(c, { toneType: 'none', type: 'array', multiple: true, v: true }) as string[])) {
      if (/^[a-z]+$/.test(r)) readings[r] = (readings[r] ?? '') + c;
    }
    for (const convert of toTraditional) {
      const t = convert(c);
      if (t !== c && [...t].length === 1 && !used.has(t)) traditional.set(t, c);
    }
  }
  const sortedReadings = Object.fromEntries(Object.entries(readings).sort(([a], [b]) => a.localeCompare(b)));
  return { entries: rows, pinyin: sortedReadings, traditional: [...traditional].map(([t, s]) => t + s).join('') };
}

/**
 * Shard buckets for a number of cases, or 0 to keep every name in the index.
 * A case is filed under some fifty keys, so buckets pay only when they far
 * outnumber them: from 512 cases on, a bucket for every four cases, at most
 * 1,024. Below that the cases stay in the index: a shard would cost a weak
 * phone a request and about a kilobyte more (bench/RESULTS.md).
 */
function shardBuckets(cases: number): number {
  return cases < 512 ? 0 : Math.min(1024, 2 ** Math.ceil(Math.log2(cases / 4)));
}

interface SiteNameIndex {
  core: NameIndexData;
  readings: NameReadingsData;
  traditional: NameTraditionalData;
  shards: NameShardData[];
}
const siteIndexes = new WeakMap<Handbook, SiteNameIndex>();

/**
 * The site's name index, cases in shards, the readings and the traditional
 * forms apart (a query fetches them only when it needs sounds or may hold a
 * traditional character: names.ts, needsReadings and needsTraditional):
 * computed once per build for the index, readings and shard files and the
 * search page (which carries the plan).
 */
export function siteNameIndex(handbook: Handbook): SiteNameIndex {
  let built = siteIndexes.get(handbook);
  if (!built) {
    const entries = KIND_NAMES.flatMap((kind) => handbook.byKind[kind]);
    const text = entries.map((e) => `${JSON.stringify(e.data)}${e.body ?? ''}`).join('');
    const data = buildNameIndex(entries, (key) => handbook.graph.nodes.get(key), text);
    const buckets = shardBuckets(handbook.byKind.cases.length);
    const { core, shards } = buckets ? shardNameIndex(data, { kinds: [kindLabel('cases')], buckets }) : { core: data, shards: [] };
    const { pinyin, traditional, ...names } = core;
    built = { core: names, readings: { pinyin: pinyin ?? {} }, traditional: { traditional: traditional ?? '' }, shards };
    siteIndexes.set(handbook, built);
  }
  return built;
}
