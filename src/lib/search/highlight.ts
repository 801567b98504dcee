import { isPinyinQuery } from './segment';
import { searchParts } from './question';

/**
 * Where the words of a search occur in a text, for highlighting them on the
 * page a reader opened from the results. Ranges are [start, end), sorted and
 * merged where they overlap.
 */
export function highlightTerms(query: string): string[] {
  // Pinyin matched a hidden key, not the visible text: nothing to mark.
  if (isPinyinQuery(query)) return [];
  // A question marks its topic words, not 怎么 or 例子.
  return searchParts(query).filter((p) => p.length > 0);
}

export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const t = term.toLowerCase();
    if (!t) continue;
    for (let i = lower.indexOf(t); i !== -1; i = lower.indexOf(t, i + t.length)) ranges.push([i, i + t.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An excerpt from Pagefind (escaped text with <mark>s, already joined by
 * joinHan) with the marks moved onto whole query phrases. Pagefind matches
 * single characters (search-segment.ts), so it marks 驼 in 骆驼 for the query
 * 红驼; where a phrase occurs, only the phrase is marked. Otherwise the
 * excerpt keeps Pagefind's marks.
 */
export function markPhrases(excerpt: string, query: string): string {
  const text = excerpt.replace(/<\/?mark>/g, '');
  const ranges = matchRanges(text, highlightTerms(query).map(escapeHtml));
  if (ranges.length === 0) return excerpt;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${text.slice(at, start)}<mark>${text.slice(start, end)}</mark>`;
    at = end;
  }
  return out + text.slice(at);
}

/** Where a clause ends in Chinese text: after these a reader can start reading. */
const CLAUSE_END = /[。！？；，、：」）》\n]/u;

/**
 * An excerpt that starts where a clause starts. Pagefind cuts its window
 * anywhere, often inside a word (…党支部书记 → 部书记); the broken head up to
 * the first clause mark is dropped, if that loses no marked word and no more
 * than a short stretch, and an ellipsis says text was left out. `content` is
 * the page's indexed text, to tell an excerpt from its very start.
 */
export function cleanExcerpt(excerpt: string, content: string, maxDrop = 16): string {
  const text = excerpt.replace(/^…/, '');
  // An excerpt from the very start of the page starts cleanly.
  if (content.startsWith(text.replace(/<\/?mark>/g, '').slice(0, 12))) return excerpt;
  const firstMark = text.indexOf('<mark>');
  const cut = text.search(CLAUSE_END);
  if (cut === -1 || cut + 1 > maxDrop || (firstMark !== -1 && firstMark < cut)) return excerpt;
  const rest = text.slice(cut + 1).trimStart();
  return rest ? `…${rest}` : excerpt;
}
