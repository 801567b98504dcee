import { queryParts } from './search-segment';

/**
 * The final order of the first page of search results. Pagefind scores words;
 * a reader who types a name expects the entry with that name first. So results
 * are ordered by how the whole query matches, best first:
 *
 *   0. the title is the query            「算炕头账」 → 术语「算炕头账」
 *   1. an alias or pinyin key is it      「红驼」 → the case aliased 红驼
 *   2. every part is in a title/alias    「五微五进」 → 「五微五进五评」 model
 *      (or starts a pinyin key)
 *   3. every part is a phrase in the page
 *   4. the rest (the characters appear, apart)
 *
 * Within tiers 0–2, an entry about the name (a model, term, domain…) comes
 * before a case or a source that merely carries the name too. Otherwise
 * Pagefind's order stands.
 */
export interface RankView {
  /** URL path; its first segment is the entry's kind. */
  url: string;
  title: string;
  aliases: readonly string[];
  pinyin: readonly string[];
  /** The page's indexed text, for phrase matches. */
  text: string;
}

/** Kinds that report one instance; they yield to the entry that defines a name. */
const INSTANCE_KINDS = new Set(['cases', 'sources']);

/** Lower case, without spaces, punctuation or symbols: 「人才+项目+平台」 → 人才项目平台. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

export function matchTier(view: RankView, query: string): number {
  const parts = queryParts(query).map(normalizeForMatch).filter(Boolean);
  if (parts.length === 0) return 4;
  const whole = parts.join('');
  const title = normalizeForMatch(view.title);
  const aliases = view.aliases.map(normalizeForMatch);
  if (title === whole) return 0;
  if (aliases.includes(whole) || view.pinyin.includes(whole)) return 1;
  const names = [title, ...aliases];
  const inNames = (p: string) => names.some((n) => n.includes(p)) || view.pinyin.some((k) => k.startsWith(p));
  if (parts.every(inNames)) return 2;
  const text = normalizeForMatch(view.text);
  if (parts.every((p) => text.includes(p))) return 3;
  return 4;
}

const kindOf = (url: string) => url.split('/')[1] ?? '';

export function rankResults<T>(items: readonly T[], query: string, view: (item: T) => RankView): T[] {
  const keyed = items.map((item, index) => {
    const v = view(item);
    const tier = matchTier(v, query);
    const instance = tier <= 2 && INSTANCE_KINDS.has(kindOf(v.url)) ? 1 : 0;
    return { item, tier, instance, index };
  });
  keyed.sort((a, b) => a.tier - b.tier || a.instance - b.instance || a.index - b.index);
  return keyed.map((k) => k.item);
}
