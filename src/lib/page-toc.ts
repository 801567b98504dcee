/**
 * 「本页目录」: a page's section headings, read from its rendered HTML at build
 * time, and whether the page is long enough on a phone to need them.
 */

export interface TocEntry {
  id: string;
  text: string;
}

/**
 * A 390 px phone shows about 20 Han characters a line; measured over the
 * built pages, a page is about 600 px of header, footer and spacing plus
 * 2.7 px per character of its text. Three 780 px screens are ≈ 650 characters.
 */
export const LONG_PAGE_CHARACTERS = 650;
/** A list of one is no way through a page. */
const MIN_ENTRIES = 2;

const H2 = /<h2\b([^>]*)>([\s\S]*?)<\/h2>/g;
const ID = /\sid="([^"]+)"/;
const HIDDEN = /\sclass="[^"]*\bvisually-hidden\b/;

function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The page's sections: its <h2>s that carry an id, in order. Headings without
 * an id are titles of cards in a list, not sections; visually hidden ones
 * label controls.
 */
export function sectionHeadings(html: string): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const [, attributes = '', inner = ''] of html.matchAll(H2)) {
    const id = ID.exec(attributes)?.[1];
    if (!id || HIDDEN.test(attributes)) continue;
    const text = textOf(inner).replace(/\s+/g, ' ').trim();
    if (text) entries.push({ id, text });
  }
  return entries;
}

/** Characters a reader sees, whitespace not counted. */
export function visibleLength(html: string): number {
  return textOf(html).replace(/\s+/g, '').length;
}

/** The 本页目录 of a page, or none when the page is short or has too few sections. */
export function pageToc(html: string): TocEntry[] {
  const entries = sectionHeadings(html);
  return entries.length >= MIN_ENTRIES && visibleLength(html) >= LONG_PAGE_CHARACTERS ? entries : [];
}
