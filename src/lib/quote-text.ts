/**
 * Matching quotes against a source's full text. Like the shared checker
 * (../shared/tools/verify-quotes.mjs), line breaks, spaces, full-/half-width
 * forms and the style of quotation marks are ignored; everything else must
 * match exactly. When a quote is not found, the passage of the source that
 * shares most with it is shown so the editor can copy the right words.
 */

const QUOTE_MARKS = /[“”„‟"「」『』‘’']/;
const INVISIBLE = /[\s\u200b\u200c\u200d\ufeff]/;

/** A character as compared: NFKC-folded, quote marks unified; '' when it is ignored. */
function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  return [...ch.normalize('NFKC')].map((c) => (QUOTE_MARKS.test(c) ? '"' : INVISIBLE.test(c) ? '' : c)).join('');
}

export function normalizeQuote(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** A source text prepared once for many look-ups. */
export interface SourceText {
  original: string;
  normalized: string;
  /** For each code unit of `normalized`, where its character starts in `original`. */
  origin: number[];
}

export function prepareSource(original: string): SourceText {
  let normalized = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    for (let i = 0; i < folded.length; i++) origin.push(at);
    normalized += folded;
    at += ch.length;
  }
  return { original, normalized, origin };
}

export function containsQuote(source: SourceText, quote: string): boolean {
  const q = normalizeQuote(quote);
  return q.length > 0 && source.normalized.includes(q);
}

const bigrams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));

/**
 * The passage of the source most like `quote`: the window of the quote's
 * length sharing most character pairs with it. One pass over the source,
 * updating the window's count as it slides, so it is linear in the source.
 * Empty when no window shares a single pair: nothing in the source is close.
 */
export function closestPassage(source: SourceText, quote: string): string {
  const q = normalizeQuote(quote);
  const text = source.normalized;
  if (q.length === 0 || text.length === 0) return '';
  const width = Math.min(Math.max(q.length, 2), text.length);
  const wanted = new Map<string, number>();
  for (const g of bigrams(q)) wanted.set(g, (wanted.get(g) ?? 0) + 1);
  const inWindow = new Map<string, number>();
  let shared = 0;
  const add = (g: string) => {
    const n = (inWindow.get(g) ?? 0) + 1;
    inWindow.set(g, n);
    if (n <= (wanted.get(g) ?? 0)) shared++;
  };
  const remove = (g: string) => {
    const n = inWindow.get(g)!;
    inWindow.set(g, n - 1);
    if (n <= (wanted.get(g) ?? 0)) shared--;
  };
  for (let i = 0; i + 1 < width; i++) add(text.slice(i, i + 2));
  let best = 0;
  let bestShared = shared;
  for (let start = 1; start + width <= text.length; start++) {
    remove(text.slice(start - 1, start + 1));
    add(text.slice(start + width - 2, start + width));
    if (shared > bestShared) [best, bestShared] = [start, shared];
  }
  if (bestShared === 0) return '';
  const from = source.origin[best]!;
  const last = best + width - 1;
  const to = last + 1 < source.origin.length ? source.origin[last + 1]! : source.original.length;
  // Newspaper columns break lines mid-word and space out characters: join them again.
  return source.original
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .replace(/(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])/g, '')
    .trim();
}

export type QuoteCheck = { found: true } | { found: false; closest: string };

export function checkQuote(source: SourceText, quote: string): QuoteCheck {
  return containsQuote(source, quote) ? { found: true } : { found: false, closest: closestPassage(source, quote) };
}

/** Phrases the handbook marks with 「」 in its own prose (innermost pairs). */
export function cornerQuotedPhrases(text: string): string[] {
  return [...text.matchAll(/「([^「」]+)」/g)].map((m) => m[1]!.trim()).filter(Boolean);
}
