/**
 * The forgiving name index: every entry's title, aliases and place, with the
 * pinyin of each character and a traditional→simplified map of the
 * handbook's characters, all computed at build time (names-build.ts). It
 * ships in parts so that it answers "go to this entry" on the search page
 * before the full-text index has loaded: the names (from 512 cases on, the
 * cases' names in shards fetched by the characters and initials a query
 * needs), and apart from them the readings (pinyin) and the traditional
 * forms, fetched only for a query that needs them. It forgives what
 * Pagefind cannot:
 *
 * - traditional characters: 聽黨話 is read as 听党话;
 * - one wrong, missing, extra or swapped character, a homophone or a near
 *   sound costing less (巴颜淖尔 → 巴彦淖尔, 惠明 → 惠民);
 * - pinyin, full or initials, anywhere in any name (hezuoshe → 合作社,
 *   hsb → 红书包), which also spells the query in Han characters for the
 *   full-text search.
 *
 * No imports: the search page loads this with its first script.
 */

/** The index as shipped: compact arrays, see names-build.ts. */
export interface NameIndexData {
  /** [url, title, kind label, note, ...other names (aliases, place)] */
  entries: string[][];
  /**
   * Reading → the characters that have it: { yan: '严言彦颜…' }. The site
   * ships it apart (NameReadingsData), fetched only for a query that needs
   * sounds (needsReadings).
   */
  pinyin?: Record<string, string>;
  /**
   * Traditional and simplified characters in pairs: '聽听黨党…'. The site
   * ships it apart (NameTraditionalData), fetched only for a query that may
   * hold a traditional character (needsTraditional).
   */
  traditional?: string;
  /** Set when the entries of some kinds were moved into shards (shardNameIndex). */
  plan?: NameShardPlan;
}

/**
 * How a sharded index finds its shards. Every name of a sharded entry is
 * filed under keys: each of its characters, and each pair of initials of
 * neighbouring characters (the first two letters a pinyin match can start
 * with). A key's shard is a small hash of it into `buckets`, except for the
 * `common` keys (on many entries), which get a shard each, numbered after
 * the buckets, so that a rare key never shares a shard with them.
 */
export interface NameShardPlan {
  buckets: number;
  /** Keys on many entries, least common first. */
  common: string[];
}

/** The readings, shipped apart from the index. */
export interface NameReadingsData {
  pinyin: Record<string, string>;
}

/** The traditional forms, shipped apart from the index. */
export interface NameTraditionalData {
  traditional: string;
}

/** One shard: entries in the same rows as NameIndexData.entries. */
export interface NameShardData {
  entries: string[][];
}

export interface NameEntry {
  url: string;
  title: string;
  kind: string;
  /** What sets the entry apart from others of the same title (region, date…). */
  note: string;
  /** Title first, then aliases and place. */
  names: string[];
}

export interface NameIndex {
  entries: NameEntry[];
  /** Each entry's names normalized and cut into characters, in the order of `names`. */
  normalized: string[][][];
  /** A character's readings (looked up when first needed: a weak phone pays only for those); none before addReadings. */
  readings: (c: string) => string[];
  /** Its readings after fuzzyReading, for sound-alike tests. */
  fuzzy: (c: string) => string[];
  simplified: Map<string, string>;
  /** Whether the traditional forms are in (addTraditional). */
  hasTraditional: boolean;
  /** Every reading of the table, for the shards a pinyin query needs. */
  syllables: string[];
  /** Whether the readings are in (addReadings). */
  hasReadings: boolean;
  plan: NameShardPlan | undefined;
  /** Shards added so far, and the urls of their entries (an entry sits in several). */
  loaded: Set<number>;
  urls: Set<string>;
}

export type HitKind = 'exact' | 'contains' | 'near' | 'pinyin' | 'initials';

export interface NameHit {
  entry: NameEntry;
  /** The name that matched. */
  name: string;
  how: HitKind;
  /** The matching part of the name, in Han characters: what the reader meant. */
  spelled: string;
  score: number;
}

export function loadNameIndex(data: NameIndexData): NameIndex {
  const none = () => [];
  const index: NameIndex = {
    entries: [],
    normalized: [],
    readings: none,
    fuzzy: none,
    simplified: new Map(),
    hasTraditional: false,
    syllables: [],
    hasReadings: false,
    plan: data.plan,
    loaded: new Set(),
    urls: new Set(),
  };
  addEntries(index, data.entries);
  if (data.pinyin) addReadings(index, { pinyin: data.pinyin });
  if (data.traditional !== undefined) addTraditional(index, { traditional: data.traditional });
  return index;
}

/** Adds the traditional forms (shipped apart, see needsTraditional) to the index. */
function addTraditional(index: NameIndex, { traditional }: NameTraditionalData): void {
  const pairs = [...traditional];
  for (let i = 0; i + 1 < pairs.length; i += 2) index.simplified.set(pairs[i]!, pairs[i + 1]!);
  index.hasTraditional = true;
}

/** Adds the readings (shipped apart, see needsReadings) to the index. */
function addReadings(index: NameIndex, { pinyin }: NameReadingsData): void {
  const table = Object.entries(pinyin);
  const readingCache = new Map<string, string[]>();
  const fuzzyCache = new Map<string, string[]>();
  index.readings = (c: string) => {
    let found = readingCache.get(c);
    if (!found) readingCache.set(c, (found = table.filter(([, chars]) => chars.includes(c)).map(([r]) => r)));
    return found;
  };
  index.fuzzy = (c: string) => {
    let found = fuzzyCache.get(c);
    if (!found) fuzzyCache.set(c, (found = [...new Set(index.readings(c).map(fuzzyReading))]));
    return found;
  };
  index.syllables = Object.keys(pinyin);
  index.hasReadings = true;
}

function addEntries(index: NameIndex, rows: readonly string[][]): void {
  for (const [url, title, kind, note, ...others] of rows) {
    if (index.urls.has(url!)) continue;
    index.urls.add(url!);
    const entry = { url: url!, title: title!, kind: kind!, note: note!, names: [title!, ...others] };
    index.entries.push(entry);
    index.normalized.push(entry.names.map((n) => [...normalize(n)]));
  }
}

/** Adds shard `n` (fetched as shardsFor said) to the index; entries already there are skipped. */
function addShard(index: NameIndex, n: number, shard: NameShardData): void {
  if (index.loaded.has(n)) return;
  index.loaded.add(n);
  addEntries(index, shard.entries);
}

/** Traditional characters replaced by their simplified forms (those the handbook uses). */
export function toSimplified(text: string, index: NameIndex): string {
  return [...text].map((c) => index.simplified.get(c) ?? c).join('');
}

/** Lower case, without spaces, punctuation or symbols (as search-rank.ts compares). */
const normalize = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

const isPinyin = (q: string) => /^[a-z]+$/.test(q);

/**
 * Sounds readers confuse (模糊音): zh/z, ch/c, sh/s, n/l, front and back
 * nasals. Two characters whose readings agree after this are near misses:
 * 民/明 (min/ming), 彦/颜 (yan), 进/近 (jin).
 */
function fuzzyReading(reading: string): string {
  return reading.replace(/^([zcs])h/, '$1').replace(/^l/, 'n').replace(/ng$/, 'n');
}

/** Pinyin with the confusable initials and nasals merged, for a whole typed string: kangtouzang ≈ kangtouzhang. */
const loosePinyin = (text: string) => text.replace(/([zcs])h/g, '$1').replace(/ng/g, 'n');

function soundsAlike(a: string, b: string, index: NameIndex): boolean {
  const rb = index.fuzzy(b);
  return index.fuzzy(a).some((r) => rb.includes(r));
}

/**
 * The fewest edits that turn `q` into some stretch of `name` (Sellers'
 * semi-global distance, with swaps of neighbours as one edit). A
 * substitution by a character that sounds alike costs half. Returns the
 * distance and the stretch of the name.
 */
export function nearestStretch(q: string[], name: string[], index: NameIndex): { distance: number; stretch: string } {
  const rows = q.length + 1;
  const cols = name.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array<number>(cols).fill(i));
  // Where the stretch ending at (i, j) starts in the name.
  const from: number[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, (_, j) => j));
  for (let i = 1; i < rows; i++) {
    d[i]![0] = i;
    from[i]![0] = 0;
    for (let j = 1; j < cols; j++) {
      const a = q[i - 1]!;
      const b = name[j - 1]!;
      const sub = a === b ? 0 : soundsAlike(a, b, index) ? 0.5 : 1;
      let best = d[i - 1]![j - 1]! + sub;
      let start = from[i - 1]![j - 1]!;
      if (d[i - 1]![j]! + 1 < best) [best, start] = [d[i - 1]![j]! + 1, from[i - 1]![j]!];
      if (d[i]![j - 1]! + 1 < best) [best, start] = [d[i]![j - 1]! + 1, from[i]![j - 1]!];
      if (i > 1 && j > 1 && a === name[j - 2] && q[i - 2] === b && d[i - 2]![j - 2]! + 1 <= best) [best, start] = [d[i - 2]![j - 2]! + 1, from[i - 2]![j - 2]!];
      d[i]![j] = best;
      from[i]![j] = start;
    }
  }
  // The closest stretch; of equally close ones, the one nearest the query's length.
  let distance = Infinity;
  let end = 0;
  const off = (j: number) => Math.abs(j - from[rows - 1]![j]! - q.length);
  for (let j = 0; j < cols; j++) {
    const dj = d[rows - 1]![j]!;
    if (dj < distance || (dj === distance && off(j) < off(end))) [distance, end] = [dj, j];
  }
  return { distance, stretch: name.slice(from[rows - 1]![end]!, end).join('') };
}

/**
 * Where a pinyin query spells a stretch of the name: every character in turn
 * by one of its readings (full pinyin, the last syllable maybe cut short), or
 * by the first letter of each (initials). `loose` compares loosePinyin
 * forms (the query must be loosened too). Returns the stretch of the first
 * match from the earliest start, and whether it starts the name.
 */
export function pinyinStretch(q: string, name: string[], index: NameIndex, initials: boolean, loose = false): { stretch: string; atStart: boolean } | undefined {
  const spell = (start: number): number | undefined => {
    // Depth-first over readings; names are short, readings few.
    const go = (i: number, at: number): number | undefined => {
      if (at === q.length) return i;
      if (i === name.length) return undefined;
      const own = /[a-z0-9]/.test(name[i]!) ? [name[i]!] : index.readings(name[i]!);
      const readings = loose ? own.map(loosePinyin) : own;
      for (const r of readings) {
        if (initials) {
          if (r[0] === q[at]) {
            const end = go(i + 1, at + 1);
            if (end !== undefined) return end;
          }
        } else if (q.startsWith(r, at)) {
          const end = go(i + 1, at + r.length);
          if (end !== undefined) return end;
        } else if (r.startsWith(q.slice(at)) && at > 0) {
          return i + 1;
        }
      }
      return undefined;
    };
    return go(start, 0);
  };
  for (let start = 0; start < name.length; start++) {
    const end = spell(start);
    if (end !== undefined && end - start >= 2) return { stretch: name.slice(start, end).join(''), atStart: start === 0 };
  }
  return undefined;
}

/** At most two characters of the query can be missing from a stretch one edit away (matchNames). */
const mayBeNear = (name: readonly string[], query: ReadonlySet<string>, length: number) => name.filter((c) => query.has(c)).length >= length - 2;

/**
 * Whether matchNames needs the readings (addReadings) to answer as the
 * whole index would: a pinyin query, or a query no name matches that some
 * name comes near (a sound-alike may make it a near miss). Most queries a
 * reader types are in some name, and a long question comes near none, so
 * they do without.
 */
export function needsReadings(query: string, index: NameIndex): boolean {
  const q = normalize(toSimplified(query, index));
  if (isPinyin(q)) return q.length > 0;
  const qChars = [...q];
  if (qChars.length < 2) return false;
  const top = matchNames(query, index)[0];
  if (top && top.how !== 'near') return false;
  const qSet = new Set(qChars);
  return index.normalized.some((names) => names.some((chars) => mayBeNear(chars, qSet, qChars.length)));
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether the query may hold a traditional character, so that matchNames
 * needs the traditional forms (addTraditional) to answer as the whole index
 * would: no name matches it, and one of its Han characters is in no name
 * loaded. The build keeps only the traditional forms the handbook does not
 * use, so such a character is in no name, and a query holding one matches
 * none as typed. Of a question, only the `topic` counts: 什么 or 怎么 are in
 * no name either, and are never traditional.
 */
export function needsTraditional(query: string, index: NameIndex, topic = query): boolean {
  if (index.hasTraditional) return false;
  const top = matchNames(query, index)[0];
  if (top && top.how !== 'near') return false;
  return [...normalize(topic)].some((c) => HAN.test(c) && !index.normalized.some((names) => names.some((chars) => chars.includes(c))));
}

/** Kinds that report one instance; they yield to the entry that defines a name (as in search-rank.ts). */
const INSTANCE_KINDS = new Set(['cases', 'sources']);
const kindOf = (url: string) => url.split('/')[1] ?? '';

/**
 * The entries whose names match the query, best first, at most one hit per
 * entry; near misses are looked for only when no name matches. Scores: the whole name (100), a part of a name (60–80), pinyin of a
 * whole name (95) or of a part (50–70), a near miss (30–45). A title beats
 * an alias or place, an entry that defines a name beats a case that carries it.
 */
export function matchNames(query: string, index: NameIndex, limit = 8): NameHit[] {
  const q = normalize(toSimplified(query, index));
  if (!q) return [];
  const pinyin = isPinyin(q);
  const qChars = [...q];
  const qSet = new Set(qChars);
  // Two characters allow only a sound-alike; longer queries one edit.
  const allowed = qChars.length === 2 ? 0.5 : 1;
  const scoreOf = (entry: NameEntry, n: number, base: number) => base - (n === 0 ? 0 : 2) - (INSTANCE_KINDS.has(kindOf(entry.url)) ? 3 : 0);

  /** One pass over all names; `near` looks for near misses (only when nothing matched better). */
  const pass = (near: boolean): NameHit[] => {
    const hits: NameHit[] = [];
    index.entries.forEach((entry, e) => {
      let best: NameHit | undefined;
      index.normalized[e]!.forEach((chars, n) => {
        const name = chars.join('');
        let hit: { how: HitKind; spelled: string; base: number } | undefined;
        if (near && pinyin) {
          const found = pinyinStretch(loosePinyin(q), chars, index, false, true);
          if (found) hit = { how: 'near', spelled: found.stretch, base: 40 + (10 * [...found.stretch].length) / chars.length };
        } else if (near) {
          if (!mayBeNear(chars, qSet, qChars.length)) return;
          const { distance, stretch } = nearestStretch(qChars, chars, index);
          if (distance > 0 && distance <= allowed) hit = { how: 'near', spelled: stretch, base: 45 - 10 * distance + (10 * qChars.length) / Math.max(chars.length, 1) };
        } else if (name === q) hit = { how: 'exact', spelled: entry.names[n]!, base: 100 };
        else if (pinyin) {
          const full = q.length >= 2 ? pinyinStretch(q, chars, index, false) : undefined;
          const init = !full && q.length >= 2 && q.length <= chars.length ? pinyinStretch(q, chars, index, true) : undefined;
          const found = full ?? init;
          if (found) {
            const whole = found.stretch === name;
            hit = { how: full ? 'pinyin' : 'initials', spelled: found.stretch, base: whole ? 95 : 50 + (found.atStart ? 10 : 0) + (10 * [...found.stretch].length) / chars.length };
          }
        } else if (qChars.length >= 2 && name.includes(q)) hit = { how: 'contains', spelled: q, base: 60 + (20 * qChars.length) / chars.length };
        if (!hit) return;
        const score = scoreOf(entry, n, hit.base);
        if (!best || score > best.score) best = { entry, name: entry.names[n]!, how: hit.how, spelled: hit.spelled, score };
      });
      if (best) hits.push(best);
    });
    return hits;
  };
  let hits = pass(false);
  if (qChars.length >= 2 && !hits.length) hits = pass(true);
  // Equal hits in url order: the order entries arrived in (which shards came first) must not matter.
  return hits.sort((a, b) => b.score - a.score || a.entry.title.length - b.entry.title.length || (a.entry.url < b.entry.url ? -1 : 1)).slice(0, limit);
}

/**
 * What the full-text search should look for: the query in simplified
 * characters, or for pinyin the Han spelling of the best match. A near miss
 * is offered apart: the page searches for it only when the query as typed
 * finds nothing, since the typed text may well be in some page.
 */
export interface Reading {
  /** The query handed to the full-text search. */
  text: string;
  /** Set when `text` differs from what was typed, to tell the reader. */
  changed: 'simplified' | 'pinyin' | undefined;
  /** The name a near miss probably meant, when no name contains the query. */
  near: string | undefined;
  hits: NameHit[];
}

export function readQuery(query: string, index: NameIndex): Reading {
  const typed = query.trim();
  const simplified = toSimplified(typed, index);
  const hits = matchNames(simplified, index);
  const top = hits[0];
  if (top && (top.how === 'pinyin' || top.how === 'initials')) return { text: top.spelled, changed: 'pinyin', near: undefined, hits };
  const near = top?.how === 'near' ? top.spelled : undefined;
  return { text: simplified, changed: simplified === typed ? undefined : 'simplified', near, hits };
}

/** The first letter of each reading of a character (a Latin letter or digit stands for itself), as pinyinStretch reads it. */
const initialsOf = (c: string, index: NameIndex) => (/[a-z0-9]/.test(c) ? [c] : [...new Set(index.readings(c).map((r) => r[0]!))]);

/** The keys a name is filed under: its characters, and the initials of each two neighbours ('hs' for 红书). */
function nameKeys(chars: readonly string[], index: NameIndex): Set<string> {
  const keys = new Set(chars);
  for (let i = 0; i + 1 < chars.length; i++) {
    for (const a of initialsOf(chars[i]!, index)) for (const b of initialsOf(chars[i + 1]!, index)) keys.add(a + b);
  }
  return keys;
}

/** The shard of a key: FNV-1a into the buckets, or a common key's own shard. */
export function shardOf(key: string, plan: NameShardPlan): number {
  const common = plan.common.indexOf(key);
  if (common >= 0) return plan.buckets + common;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % plan.buckets;
}

/**
 * The shards a query needs: `first` holds every entry matchNames can find
 * without near misses, `near` (fetched only when `first` gave no such hit)
 * every entry a near miss can find.
 *
 * - In characters, a whole name or a part of one contains every character of
 *   the query, so the shard of one of them is enough: a rare one. A near
 *   miss changes at most one character of a two-character query (a
 *   sound-alike) and at most two of a longer one (one edit, or two
 *   sound-alikes), and keeps the query's character at every other place;
 *   so `near` is the shards of the rarest characters that fill one place
 *   more than that (nearKeys). A long question thus fetches a few small
 *   shards, not those of 的 and 是.
 * - In pinyin, a match starts with two neighbouring characters whose
 *   initials are the query's first letter and the letter after the first
 *   syllable (any reading the query starts with), or its second letter
 *   (initials, a Latin name). Near misses compare loosened readings, whose
 *   initials are the same.
 *
 * Without the index (the page's first moments), the query is taken as typed
 * and pinyin is left out: the caller asks again once the index is in.
 */
export function shardsFor(query: string, plan: NameShardPlan, index?: NameIndex): { first: number[]; near: number[] } {
  const q = normalize(index ? toSimplified(query, index) : query);
  const shards = (keys: Iterable<string>) => [...new Set([...keys].map((k) => shardOf(k, plan)))];
  if (!q) return { first: [], near: [] };
  if (isPinyin(q) && q.length >= 2) {
    if (!index) return { first: [], near: [] };
    const pairs = (text: string, syllables: readonly string[]) => [
      text.slice(0, 2),
      ...syllables.filter((r) => r.length < text.length && text.startsWith(r)).map((r) => text[0]! + text[r.length]!),
    ];
    return { first: shards(pairs(q, index.syllables)), near: shards(pairs(loosePinyin(q), index.syllables.map(loosePinyin))) };
  }
  const chars = [...new Set(q)];
  const rank = (c: string) => {
    const common = plan.common.indexOf(c);
    return common < 0 ? -1 : common;
  };
  const rarest = chars.reduce((best, c) => (rank(c) < rank(best) ? c : best));
  return { first: shards([rarest]), near: shards(nearKeys([...q], rank)) };
}

/**
 * The fewest characters of a query (of two or more) one of which every near
 * miss of it keeps (matchNames: at most one place of two changed, two of
 * three or more): distinct characters, lowest `rank` first, until they fill
 * more places than can change.
 */
export function nearKeys(chars: readonly string[], rank: (c: string) => number): string[] {
  if (chars.length < 2) return [];
  const changeable = chars.length === 2 ? 1 : 2;
  const keys: string[] = [];
  let places = 0;
  for (const c of [...new Set(chars)].sort((a, b) => rank(a) - rank(b))) {
    if (places > changeable) break;
    keys.push(c);
    places += chars.filter((x) => x === c).length;
  }
  return keys;
}

/**
 * Adds to the index what `query` needs, fetched by `load`: the readings
 * for a pinyin query first (they say which shards it needs); the shards
 * (shardsFor), those of near misses only when no name matched better; the
 * traditional forms if the query (of a question, its `topic`) may hold
 * one (needsTraditional), then the shards of the query read in simplified
 * characters; and the readings if a near miss may need them
 * (needsReadings). matchNames then answers as over the whole index.
 */
export async function loadNamesFor(
  query: string,
  index: NameIndex,
  load: { shard: (n: number) => Promise<NameShardData>; readings: () => Promise<NameReadingsData>; traditional: () => Promise<NameTraditionalData> },
  topic = query,
): Promise<NameIndex> {
  if (!query.trim()) return index;
  const readings = async () => {
    if (!index.hasReadings) addReadings(index, await load.readings());
  };
  const shards = async (plan: NameShardPlan) => {
    const add = (ns: readonly number[]) => Promise.all(ns.filter((n) => !index.loaded.has(n)).map(async (n) => addShard(index, n, await load.shard(n))));
    const { first, near } = shardsFor(query, plan, index);
    await add(first);
    const top = matchNames(query, index)[0];
    if (!top || top.how === 'near') await add(near);
  };
  if (isPinyin(normalize(query))) await readings();
  if (index.plan) await shards(index.plan);
  if (needsTraditional(query, index, topic)) {
    addTraditional(index, await load.traditional());
    if (index.plan) await shards(index.plan);
  }
  if (needsReadings(query, index)) await readings();
  return index;
}

/**
 * Moves the entries of the kinds labelled `kinds` (those that grow with the corpus: cases) out
 * of the index into shards, so a query downloads the index and the few
 * shards it needs (shardsFor) rather than every name. A key on more than
 * one entry in `commonShare` (and at least `commonMin`) is common.
 */
export function shardNameIndex(
  data: NameIndexData,
  { kinds, buckets, commonShare = 1 / 16, commonMin = 32 }: { kinds: readonly string[]; buckets: number; commonShare?: number; commonMin?: number },
): { core: NameIndexData; shards: NameShardData[] } {
  const index = loadNameIndex({ ...data, entries: [] });
  const sharded = data.entries.filter(([, , kind]) => kinds.includes(kind!));
  const keysOf = sharded.map(([, title, , , ...others]) => {
    const keys = new Set<string>();
    for (const name of [title!, ...others]) for (const k of nameKeys([...normalize(name)], index)) keys.add(k);
    return keys;
  });
  const counts = new Map<string, number>();
  for (const keys of keysOf) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const common = [...counts]
    .filter(([, n]) => n > Math.max(commonMin, sharded.length * commonShare))
    .sort(([ka, a], [kb, b]) => a - b || (ka < kb ? -1 : 1))
    .map(([k]) => k);
  const plan: NameShardPlan = { buckets, common };
  const shards: NameShardData[] = Array.from({ length: buckets + common.length }, () => ({ entries: [] }));
  sharded.forEach((row, i) => {
    for (const n of new Set([...keysOf[i]!].map((k) => shardOf(k, plan)))) shards[n]!.entries.push(row);
  });
  return { core: { ...data, entries: data.entries.filter(([, , kind]) => !kinds.includes(kind!)), plan }, shards };
}
