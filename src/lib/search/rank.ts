import { hasHan, isPinyinQuery, queryParts } from './segment';
import { readQuestion, type Question } from './question';
import { sitePath } from '../../core/kinds';

/**
 * The final order of the first page of search results. Pagefind scores words;
 * a reader who types a name expects the entry with that name first. So results
 * are ordered by how the whole query matches, best first:
 *
 *   0. the title is the query (or its pinyin)   「算炕头账」 → 术语「算炕头账」
 *   1. an alias is it (or its pinyin)           「红驼」 → the case aliased 红驼
 *   2. every part is in the title or an alias   「辣椒」 → …与辣椒深加工
 *      (pinyin: inside a title key, or starting an alias key)
 *   3. every part is in the one-line summary
 *   4. every part is a phrase somewhere in the page
 *   5. the rest (the characters appear, apart)
 *
 * Within tiers 0–2, an entry whose title carries the query comes first, then
 * an entry about the name (a model, term, domain…) before a case or source
 * that merely carries it too. Otherwise Pagefind's order stands.
 *
 * A natural question (question.ts: 「怎么给牧民讲惠民政策」) names no entry
 * whole, so it is ranked by its topic words instead: an entry whose title or
 * alias is the topic comes first, then entries by how much of the topic they
 * cover (questionMatch), leaning to the kind the question asks for.
 */
export interface RankView {
  /** URL path; its first segment is the entry's kind. */
  url: string;
  title: string;
  aliases: readonly string[];
  /** Pinyin keys of the title and of the aliases (see pinyin.ts). */
  titlePinyin: readonly string[];
  aliasPinyin: readonly string[];
  summary: string;
  /** The page's indexed text, for phrase matches. */
  text: string;
}

export interface Match {
  tier: number;
  /** The title (or its pinyin) contains the whole query. */
  inTitle: boolean;
  /** For a question: how well the entry answers it (questionMatch); 0 otherwise. */
  score: number;
}

/** Kinds that report one instance; they yield to the entry that defines a name. */
const INSTANCE_KINDS = new Set(['cases', 'sources']);

const kindOf = (url: string) => sitePath(url).split('/')[0] ?? '';

/** Lower case, without spaces, punctuation or symbols: 「人才+项目+平台」 → 人才项目平台. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

export function matchOf(view: RankView, query: string, weights?: ReadonlyMap<string, number>): Match {
  const question = readQuestion(query);
  if (question) return questionMatch(view, question, weights);
  const parts = queryParts(query).map(normalizeForMatch).filter(Boolean);
  if (parts.length === 0) return { tier: 5, inTitle: false, score: 0 };
  const whole = parts.join('');
  const title = normalizeForMatch(view.title);
  const aliases = view.aliases.map(normalizeForMatch);
  const match = (tier: number, inTitle: boolean): Match => ({ tier, inTitle, score: 0 });
  if (isPinyinQuery(query)) {
    const inTitle = view.titlePinyin.some((k) => k.includes(whole));
    if (view.titlePinyin.includes(whole)) return match(0, inTitle);
    if (view.aliasPinyin.includes(whole)) return match(1, inTitle);
    return match(inTitle || view.aliasPinyin.some((k) => k.startsWith(whole)) ? 2 : 5, inTitle);
  }
  const inTitle = parts.every((p) => title.includes(p));
  if (title === whole) return match(0, inTitle);
  if (aliases.includes(whole)) return match(1, inTitle);
  if (parts.every((p) => title.includes(p) || aliases.some((a) => a.includes(p)))) return match(2, inTitle);
  const summary = normalizeForMatch(view.summary);
  if (parts.every((p) => summary.includes(p))) return match(3, inTitle);
  const text = normalizeForMatch(view.text);
  return match(parts.every((p) => text.includes(p)) ? 4 : 5, inTitle);
}

/**
 * How much of a topic part the texts hold: each character of the part that
 * lies inside a piece of it (two or more characters long) found in one of
 * the texts counts the length of the longest such piece. So a whole part of
 * n characters counts n², and longer matched words weigh more than short
 * ones: 「集中教育」 found whole counts 16, its 教育 alone 4. A one-character
 * part counts 1 if it occurs. Cost: a few substring searches per character
 * of the part, on the first page of results only.
 */
export function coveredWeight(part: string, texts: readonly string[]): number {
  const occurs = (piece: string) => texts.some((t) => t.includes(piece));
  if (part.length === 1) return occurs(part) ? 1 : 0;
  let coveredTo = 0;
  let weight = 0;
  for (let start = 0; start + 2 <= part.length; start++) {
    let end = start + 2;
    if (!occurs(part.slice(start, end))) continue;
    while (end < part.length && occurs(part.slice(start, end + 1))) end++;
    if (end <= coveredTo) continue;
    weight += (end - Math.max(start, coveredTo)) * (end - start);
    coveredTo = end;
  }
  return weight;
}

/**
 * Kinds that answer a question about doing something (怎么, 什么, 哪些):
 * the entries that define a thing or guide the work. Cases answer a request
 * for an example (例子, 案例, 经验).
 */
const ANSWER_KINDS = new Set(['glossary', 'models', 'methods', 'carriers', 'domains', 'statements', 'guides']);

/**
 * How well an entry answers a question, from how much of its topic the
 * entry covers: by its names (title, aliases), by its names and one-line
 * summary, by everything on its page. Each counts what the one before it
 * counts, so the names weigh most and a summary adds only words its names
 * lack. An entry of the kind the question asks for gets a little more,
 * enough to settle near ties but not to lift a weak match.
 */
const WEIGHT = { names: 4, summary: 2, page: 1, kind: 0.5, setting: 1.5 };
/** Kinds whose entries are where the work happens: a domain (学校, 牧区) or a region (赤峰). */
const SETTING_KINDS = new Set(['domains', 'regions']);


/**
 * The rarity-weighted share of a question's searched phrases an entry holds:
 * a phrase in its names counts WEIGHT.names + summary + page, in its summary
 * summary + page, elsewhere on the page page only, like the coverage score.
 */
function phraseScore(names: readonly string[], summary: string, text: string, weights: ReadonlyMap<string, number>): number {
  let held = 0;
  let full = 0;
  for (const [phrase, weight] of weights) {
    full += weight * (WEIGHT.names + WEIGHT.summary + WEIGHT.page);
    if (names.some((n) => n.includes(phrase))) held += weight * (WEIGHT.names + WEIGHT.summary + WEIGHT.page);
    else if (summary.includes(phrase)) held += weight * (WEIGHT.summary + WEIGHT.page);
    else if (text.includes(phrase)) held += weight * WEIGHT.page;
  }
  return full ? held / full : 0;
}

function questionMatch(view: RankView, question: Question, weights?: ReadonlyMap<string, number>): Match {
  const topic = question.topic.map(normalizeForMatch).filter(Boolean);
  const whole = topic.join('');
  const asked = [...topic, ...question.implied];
  const title = normalizeForMatch(view.title);
  const names = [title, ...view.aliases.map(normalizeForMatch)];
  const inTitle = topic.every((p) => title.includes(p));
  const kind = kindOf(view.url);
  const fit = (question.example ? kind === 'cases' : question.story ? kind === 'stories' : ANSWER_KINDS.has(kind)) ? WEIGHT.kind : 0;
  // A question set in a field or a place (学校里…, 牧区怎么…) asks for that domain's or region's page.
  const setting = SETTING_KINDS.has(kind) && !question.example && names.some((n) => n.length > 1 && topic.some((p) => p.includes(n))) ? WEIGHT.setting : 0;
  if (title === whole) return { tier: 0, inTitle, score: fit };
  if (names.includes(whole)) return { tier: 1, inTitle, score: fit };
  const full = asked.reduce((n, p) => n + p.length ** 2, 0);
  const withSummary = [...names, normalizeForMatch(view.summary)];
  // Per asked part, the weight each level holds: names, + summary, + page.
  const levels = [names, withSummary, [...withSummary, normalizeForMatch(view.text)]].map((texts) => asked.map((p) => coveredWeight(p, texts)));
  const [byNames, bySummary, byPage] = levels.map((weights) => weights.reduce((a, b) => a + b, 0) / full) as [number, number, number];
  const coverage = WEIGHT.names * byNames + WEIGHT.summary * bySummary + WEIGHT.page * byPage;
  // The searched phrases by rarity count as much as the coverage: 纪律 on six pages outweighs 宣讲 on most.
  const rare = weights?.size ? phraseScore(names, withSummary[withSummary.length - 1]!, normalizeForMatch(view.text), weights) * (WEIGHT.names + WEIGHT.summary + WEIGHT.page) : 0;
  const score = coverage + rare + fit + setting;
  // Tiers 2–5 as for a name (the topic whole in the names, the summary, the page), so callers can
  // tell a page that holds the whole topic (≤ 4) from one that does not.
  const holds = levels.findIndex((weights) => topic.every((p, i) => weights[i] === p.length ** 2));
  const tier = holds === -1 ? 5 : 2 + holds;
  return { tier, inTitle, score };
}

export function rankResults<T>(items: readonly T[], query: string, view: (item: T) => RankView, weights?: ReadonlyMap<string, number>): T[] {
  if (readQuestion(query)) {
    // A question: exact names first, then by score (the tiers past 1 are folded into it).
    const keyed = items.map((item, index) => {
      const { tier, score } = matchOf(view(item), query, weights);
      return { item, tier: Math.min(tier, 2), score, index };
    });
    keyed.sort((a, b) => a.tier - b.tier || b.score - a.score || a.index - b.index);
    return keyed.map((k) => k.item);
  }
  const keyed = items.map((item, index) => {
    const v = view(item);
    const { tier, inTitle } = matchOf(v, query);
    const named = tier <= 2;
    return { item, tier, notInTitle: named && !inTitle ? 1 : 0, instance: named && INSTANCE_KINDS.has(kindOf(v.url)) ? 1 : 0, index };
  });
  keyed.sort((a, b) => a.tier - b.tier || a.notInTitle - b.notInTitle || a.instance - b.instance || a.index - b.index);
  return keyed.map((k) => k.item);
}

/**
 * How much finding a phrase on a page says, from how many of the site's
 * pages hold it (an inverse document frequency): a phrase on few pages
 * picks a page out, one on most pages (教育, 群众) hardly does. At least a
 * little for a phrase on every page, so its length still counts.
 */
export function rarity(pagesWith: number, pages: number): number {
  return Math.log(1 + pages / Math.max(1, pagesWith));
}

/** Each searched phrase's weight scaled by its rarity: what rankResults weighs a question's phrases by. */
export function phraseWeights(hits: readonly { phrase: string; weight: number; results: readonly unknown[] }[], pages: number): Map<string, number> {
  return new Map(hits.filter((h) => h.results.length).map((h) => [normalizeForMatch(h.phrase), h.weight * rarity(h.results.length, pages)]));
}


/**
 * Whether every page holding `phrase` is sure to be among the results of the
 * loose search for `searched`: that search wants each of its characters on a
 * page (segment.ts), so when all of them are Han and the phrase holds each,
 * a page with the phrase has them all. The search page then finds the
 * phrase's pages among the loose results it already loaded (holdsPhrase)
 * rather than asking Pagefind, which would fetch an index chunk for each
 * character the loose search did not have (a question's wording: 的, 是, 什, 么).
 */
export function phraseWithin(phrase: string, searched: string): boolean {
  const want = [...normalizeForMatch(searched)];
  const held = new Set(normalizeForMatch(phrase));
  return want.length > 0 && want.every((c) => hasHan(c) && held.has(c));
}

/**
 * Whether a page holds a phrase as Pagefind's quoted search finds it: its
 * characters in a row in the title, an alias, the summary or the text, with
 * spaces and punctuation between them not counting (they are not words).
 */
export function holdsPhrase(view: RankView, phrase: string): boolean {
  const wanted = normalizeForMatch(phrase);
  return wanted.length > 0 && [view.title, ...view.aliases, view.summary, view.text].some((t) => normalizeForMatch(t).includes(wanted));
}

/**
 * Results ordered by the summed weight of the phrases each contains (from
 * quoted searches, topicPhrases), then in their given order. With `pages`
 * (the number of pages searched), each weight is scaled by the phrase's
 * rarity among them. With `widen`, results that only the phrase searches
 * found join them, after the given results of the same weight.
 */
export function byPhraseHits<T>(
  results: readonly T[],
  hits: readonly { weight: number; results: readonly T[] }[],
  id: (result: T) => string,
  widen: boolean,
  pages?: number,
): T[] {
  const weights = new Map<string, number>();
  const all = [...results];
  const known = new Set(results.map(id));
  for (const hit of hits) {
    const weight = pages ? hit.weight * rarity(hit.results.length, pages) : hit.weight;
    for (const r of hit.results) {
      const key = id(r);
      weights.set(key, (weights.get(key) ?? 0) + weight);
      if (widen && !known.has(key)) {
        known.add(key);
        all.push(r);
      }
    }
  }
  return all
    .map((r, index) => ({ r, index, weight: weights.get(id(r)) ?? 0 }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((x) => x.r);
}
