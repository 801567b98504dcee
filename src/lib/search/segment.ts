/**
 * How Chinese text is cut into search words, the same way at index time and
 * at query time.
 *
 * Pagefind's extended binary cuts Chinese with a jieba dictionary when it
 * indexes, while the browser cuts the query with ICU's dictionary
 * (Intl.Segmenter); the two disagree (Pagefind issue #1237). 「分众式」 is
 * indexed as 分 + 众 + 式 but queried as 分众 + 式, so the query word 分众
 * matches nothing and Pagefind falls back to 分, which is on most pages.
 * Cutting every Han character into its own word on both sides removes the
 * disagreement: a query matches every page that contains its characters, and
 * the ranking (search-rank.ts) puts whole-phrase and title matches first.
 *
 * This file has no imports so that scripts/pagefind.mjs can load it directly.
 */

const HAN = /\p{Script=Han}/gu;
/** Han characters and the CJK punctuation that sits between them. */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef`;

/** Spaces around every Han character: 「红驼基地」 → 「 红 驼 基 地 」. */
export function segmentHan(text: string): string {
  // A replacement pattern, not a function: this runs over every page at build time.
  return text.replace(HAN, ' $& ').replace(/ {2,}/g, ' ');
}

/**
 * Undo segmentHan in text Pagefind hands back (titles, excerpts with <mark>):
 * drop the space next to a Han character or CJK punctuation mark. A space the
 * source had there (rare in Chinese) goes too, which is harmless.
 */
export function joinHan(text: string): string {
  const tag = '(?:</?mark>)*';
  // Pagefind marks its own Chinese word breaks with U+200B; they go first. It
  // ends a block that has no closing punctuation with ". "; in Chinese, 。.
  const joined = text
    .replace(/\u200b/g, '')
    .replace(new RegExp(`(?<=[${CJK}]${tag})\\.(?=\\s)`, 'gu'), '。')
    .replace(new RegExp(`(?<=[${CJK}]${tag})\\s+(?=${tag}\\S)|(?<=\\S${tag})\\s+(?=${tag}[${CJK}])`, 'gu'), '');
  // Characters marked one by one become one mark.
  return joined.replace(/<\/mark><mark>/g, '');
}

/**
 * segmentHan over an HTML page as handed to the indexer: its text and the
 * inline values of the given `data-pagefind-meta` keys, never tags, scripts,
 * styles or filter values (those are shown to readers as they are).
 */
export function segmentHtml(html: string, metaKeys: readonly string[]): string {
  const meta = new RegExp(`(data-pagefind-meta=")(${metaKeys.join('|')}):([^"]*)"`, 'g');
  const parts = html.split(/(<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]*>)/i);
  return parts
    .map((part, i) => {
      // No space before the end of a block: Pagefind then ends the block with a full stop, as on unsegmented pages.
      if (i % 2 === 0) return part && (BLOCK_END.test(parts[i + 1] ?? '') ? segmentHan(part).trimEnd() : segmentHan(part));
      if (part.startsWith('<!--') || /^<(script|style)\b/i.test(part)) return part;
      return metaKeys.length && part.includes('data-pagefind-meta') ? part.replace(meta, (_, attr: string, key: string, value: string) => `${attr}${key}:${segmentHan(value)}"`) : part;
    })
    .join('');
}

/**
 * The part of a page the indexer needs, segmented: from the element marked
 * `data-pagefind-body` to the end. Once a site marks its bodies, Pagefind
 * reads text, metadata and filters only inside them, so the head, header and
 * navigation before it need neither cutting nor sending (a quarter of a
 * page's bytes). A page without a body mark is handed over whole.
 */
export function indexerInput(html: string, metaKeys: readonly string[]): string {
  const body = html.indexOf(' data-pagefind-body');
  const start = body < 0 ? 0 : html.lastIndexOf('<', body);
  return start <= 0 ? segmentHtml(html, metaKeys) : `<html><body>${segmentHtml(html.slice(start), metaKeys)}`;
}

const BLOCK_END = /^<\/(h[1-6]|p|li|dt|dd|td|th|div|blockquote|section|article|header|footer|figcaption|summary|caption)>/i;

/** Latin letters only, maybe spaced or with apostrophes: a pinyin query. */
export function isPinyinQuery(query: string): boolean {
  return /^[a-z' ]+$/i.test(query.trim()) && /[a-z]/i.test(query);
}

/** The parts of a query a reader separated with spaces, each one a phrase. */
export function queryParts(query: string): string[] {
  const trimmed = query.trim();
  if (isPinyinQuery(trimmed)) return [trimmed.toLowerCase().replace(/[' ]/g, '')];
  return trimmed.split(/\s+/).filter(Boolean);
}

/**
 * The string to hand Pagefind: Han characters cut apart as in the index, and
 * spaced pinyin closed up, since the index holds pinyin as whole words
 * (`hong shu bao` → `hongshubao`).
 */
export function segmentQuery(query: string): string {
  return segmentHan(queryParts(query).join(' ')).trim();
}

/** True when a query part contains Han characters (so it has a phrase to match). */
export function hasHan(text: string): boolean {
  return new RegExp(HAN.source, 'u').test(text);
}
