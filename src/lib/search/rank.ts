import { isPinyinQuery, queryParts } from './segment';
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
}

/** Kinds that report one instance; they yield to the entry that defines a name. */
const INSTANCE_KINDS = new Set(['cases', 'sources']);

/** Lower case, without spaces, punctuation or symbols: 「人才+项目+平台」 → 人才项目平台. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

export function matchOf(view: RankView, query: string): Match {
  const parts = queryParts(query).map(normalizeForMatch).filter(Boolean);
  if (parts.length === 0) return { tier: 5, inTitle: false };
  const whole = parts.join('');
  const title = normalizeForMatch(view.title);
  const aliases = view.aliases.map(normalizeForMatch);
  if (isPinyinQuery(query)) {
    const inTitle = view.titlePinyin.some((k) => k.includes(whole));
    if (view.titlePinyin.includes(whole)) return { tier: 0, inTitle };
    if (view.aliasPinyin.includes(whole)) return { tier: 1, inTitle };
    return { tier: inTitle || view.aliasPinyin.some((k) => k.startsWith(whole)) ? 2 : 5, inTitle };
  }
  const inTitle = parts.every((p) => title.includes(p));
  if (title === whole) return { tier: 0, inTitle };
  if (aliases.includes(whole)) return { tier: 1, inTitle };
  if (parts.every((p) => title.includes(p) || aliases.some((a) => a.includes(p)))) return { tier: 2, inTitle };
  const summary = normalizeForMatch(view.summary);
  if (parts.every((p) => summary.includes(p))) return { tier: 3, inTitle };
  const text = normalizeForMatch(view.text);
  return { tier: parts.every((p) => text.includes(p)) ? 4 : 5, inTitle };
}

const kindOf = (url: string) => sitePath(url).split('/')[0] ?? '';

export function rankResults<T>(items: readonly T[], query: string, view: (item: T) => RankView): T[] {
  const keyed = items.map((item, index) => {
    const v = view(item);
    const { tier, inTitle } = matchOf(v, query);
    const named = tier <= 2;
    return { item, tier, notInTitle: named && !inTitle ? 1 : 0, instance: named && INSTANCE_KINDS.has(kindOf(v.url)) ? 1 : 0, index };
  });
  keyed.sort((a, b) => a.tier - b.tier || a.notInTitle - b.notInTitle || a.instance - b.instance || a.index - b.index);
  return keyed.map((k) => k.item);
}
