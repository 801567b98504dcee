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
 * This file has no imports: the search-index integration (src/build/) and the
 * browser share it.
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
 * The part of a page the indexer needs, segmented: the element marked
 * `data-pagefind-body`, nothing before or after it, and nothing inside it
 * that Pagefind would skip. Once a site marks its bodies, Pagefind reads
 * text, metadata and filters only inside them, so the head, navigation,
 * aside and footer need neither cutting nor sending (about two thirds of an
 * entry page's bytes); the skipped parts inside (term definitions, labels,
 * lists of other entries) are half of the rest. A page without a body mark
 * is handed over whole.
 */
export function indexerInput(html: string, metaKeys: readonly string[]): string {
  const mark = html.indexOf(' data-pagefind-body');
  const start = mark < 0 ? 0 : html.lastIndexOf('<', mark);
  if (start <= 0) return segmentHtml(html, metaKeys);
  const end = elementEnd(html, start);
  return `<html><body>${segmentHtml(withoutIgnored(html.slice(start, end < 0 ? html.length : end)), metaKeys)}</body></html>`;
}

/** What Pagefind still reads inside an element it skips: such an element stays. */
const READ_INSIDE_IGNORED = /\sdata-pagefind-(meta|filter|sort|weight|body)\b/;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * `html` without the elements marked `data-pagefind-ignore`: Pagefind leaves
 * their text out of the index anyway. An element holding metadata, filters or
 * sort keys stays (Pagefind still reads those inside it), as does one whose
 * end cannot be found.
 */
export function withoutIgnored(html: string): string {
  const ignored = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
  let kept = '';
  let from = 0;
  for (let tag = ignored.exec(html); tag; tag = ignored.exec(html)) {
    const end = VOID_ELEMENTS.has(tag[1]!.toLowerCase()) ? -1 : elementEnd(html, tag.index);
    if (end < 0 || READ_INSIDE_IGNORED.test(html.slice(tag.index, end))) continue;
    kept += html.slice(from, tag.index);
    from = ignored.lastIndex = end;
  }
  return kept + html.slice(from);
}

/** The index just past the end tag of the element that opens at `start`; -1 if it is never closed. */
function elementEnd(html: string, start: number): number {
  const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start, start + 64))?.[1];
  if (!name) return -1;
  // Elements of the same name nested inside it (an article holding article cards) close first.
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return -1;
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
