import type { BasketEntry } from './data';
import type { OutlineGroup } from './outline';

/**
 * The outline as a file (Markdown) and as text to paste into a chat. Both
 * number citations once, in reading order, the way the printed handout does.
 */

export const DEFAULT_OUTLINE_TITLE = '宣讲提纲';

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 「一、」「二、」… for section headings. */
export const sectionNumeral = (index: number) => `${CHINESE_NUMERALS[index] ?? index + 1}、`;

type BasketCitation = BasketEntry['citations'][number];

/**
 * An item's first few citations back its key point; the rest stay on its
 * entry page, so one well-sourced case cannot fill the handout with footnotes.
 */
export const CITATIONS_PER_ITEM = 3;

export interface OutlineCitations {
  /** Each item's citation numbers. */
  refs: Map<string, number[]>;
  /** Footnote `n` is `footnotes[n - 1]`. */
  footnotes: BasketCitation[];
}

/**
 * Numbers citations across the whole outline in reading order, once per
 * source passage: two items quoting the same words share a number.
 */
export function outlineCitations(groups: readonly OutlineGroup<BasketEntry>[]): OutlineCitations {
  const refs = new Map<string, number[]>();
  const footnotes: BasketCitation[] = [];
  const numberOf = new Map<string, number>();
  for (const group of groups) {
    for (const item of group.items) {
      const numbers = item.entry.citations.slice(0, CITATIONS_PER_ITEM).map((c) => {
        const passage = `${c.sourceTitle}\n${c.quote}`;
        if (!numberOf.has(passage)) numberOf.set(passage, footnotes.push(c));
        return numberOf.get(passage)!;
      });
      refs.set(item.key, [...new Set(numbers)]);
    }
  }
  return { refs, footnotes };
}

/** An item's citation marks as one label, runs joined: [3], [3–5], [1, 4–6]. */
export function citationLabel(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const runs: number[][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && n === run.at(-1)! + 1) run.push(n);
    else runs.push([n]);
  }
  return `[${runs.map((r) => (r.length === 1 ? r[0] : `${r[0]}–${r.at(-1)}`)).join(', ')}]`;
}

/** Quotes longer than this are cut on the handout; the footnote's link leads to the whole passage. */
export const SHORT_QUOTE_LENGTH = 36;

export const shortQuote = (quote: string) => (quote.length > SHORT_QUOTE_LENGTH ? `${quote.slice(0, SHORT_QUOTE_LENGTH - 1)}…` : quote);

export interface ExportOptions {
  /** Site origin, so the links work outside the site: `https://example.org`. */
  origin: string;
  title?: string;
  /** Audience, length and date in one line, under the title. */
  subtitle?: string;
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<])/g, '\\$1');
const citationLine = (c: BasketCitation) => `「${c.quote}」${c.note ? `（${c.note}）` : ''}——${c.sourceTitle}`;
const noteLines = (note: string) => note.trim().split(/\r?\n/);

export function outlineToMarkdown(groups: readonly OutlineGroup<BasketEntry>[], { origin, title = DEFAULT_OUTLINE_TITLE, subtitle }: ExportOptions): string {
  const { refs, footnotes } = outlineCitations(groups);
  const out: string[] = [`# ${escapeMarkdown(title)}`];
  if (subtitle) out.push(escapeMarkdown(subtitle));
  groups.forEach((group, g) => {
    out.push(`## ${sectionNumeral(g)}${group.section.label}`);
    group.items.forEach(({ key, entry, note }, i) => {
      out.push(`### ${i + 1}. [${escapeMarkdown(entry.title)}](${origin}${entry.url})`);
      out.push(`要点：${escapeMarkdown(entry.summary)}${refs.get(key)!.map((n) => `[^${n}]`).join('')}`);
      if (note.trim()) out.push(noteLines(note).map((line) => `> ${line}`).join('\n'));
    });
  });
  if (footnotes.length > 0) out.push('---', footnotes.map((c, i) => `[^${i + 1}]: ${escapeMarkdown(citationLine(c))} <${origin}${c.url}>`).join('\n'));
  return `${out.join('\n\n')}\n`;
}

export function outlineToText(groups: readonly OutlineGroup<BasketEntry>[], { origin, title = DEFAULT_OUTLINE_TITLE, subtitle }: ExportOptions): string {
  const { refs, footnotes } = outlineCitations(groups);
  const out: string[] = [subtitle ? `${title}\n${subtitle}` : title];
  groups.forEach((group, g) => {
    out.push(`${sectionNumeral(g)}${group.section.label}`);
    group.items.forEach(({ key, entry, note }, i) => {
      const lines = [`${i + 1}. ${entry.title}`, `   要点：${entry.summary}`];
      if (note.trim()) lines.push(...noteLines(note).map((line, n) => `   ${n === 0 ? '备注：' : '      '}${line}`));
      for (const n of refs.get(key)!) lines.push(`   [${n}] ${citationLine(footnotes[n - 1]!)}`);
      lines.push(`   ${origin}${entry.url}`);
      out.push(lines.join('\n'));
    });
  });
  return `${out.join('\n\n')}\n`;
}
