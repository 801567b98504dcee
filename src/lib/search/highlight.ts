import { isPinyinQuery, queryParts } from './segment';

/**
 * Where the words of a search occur in a text, for highlighting them on the
 * page a reader opened from the results. Ranges are [start, end), sorted and
 * merged where they overlap.
 */
export function highlightTerms(query: string): string[] {
  // Pinyin matched a hidden key, not the visible text: nothing to mark.
  if (isPinyinQuery(query)) return [];
  return queryParts(query).filter((p) => p.length > 0);
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
