import { isPinyinQuery, queryParts } from './segment';
import { normalizeForMatch } from './rank';

/**
 * When a search finds nothing, the glossary terms closest to what was typed:
 * shared characters for Chinese (「炕头帐」 → 算炕头账), shared letter pairs for
 * pinyin (`kangtouzang` → suankangtouzhang). Small and offline: the term list
 * is embedded in the search page.
 */
export interface TermChoice {
  title: string;
  url: string;
  /** Title and aliases. */
  names: readonly string[];
  /** Pinyin keys of the names (see pinyin.ts). */
  pinyin: readonly string[];
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const setB = new Set(b);
  const shared = new Set(a.filter((x) => setB.has(x))).size;
  return (2 * shared) / (new Set(a).size + setB.size);
}

const bigrams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));

export function closestTerms(query: string, terms: readonly TermChoice[], limit = 5): TermChoice[] {
  const q = normalizeForMatch(queryParts(query).join(''));
  if (!q) return [];
  const pinyin = isPinyinQuery(query);
  const score = (t: TermChoice) =>
    pinyin
      ? Math.max(0, ...t.pinyin.map((k) => dice(bigrams(q), bigrams(k))))
      : Math.max(0, ...t.names.map((n) => dice([...q], [...normalizeForMatch(n)])));
  return terms
    .map((term) => ({ term, s: score(term) }))
    .filter((x) => x.s >= 0.5)
    .sort((a, b) => b.s - a.s)
    .slice(0, limit)
    .map((x) => x.term);
}
