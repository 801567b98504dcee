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

/** Each item's citation numbers, counted across the whole outline. */
export function citationNumbers(groups: readonly OutlineGroup<BasketEntry>[]): Map<string, number[]> {
  const numbers = new Map<string, number[]>();
  let next = 1;
  for (const group of groups) {
    for (const item of group.items) numbers.set(item.key, item.entry.citations.map(() => next++));
  }
  return numbers;
}

/** An item's citation marks as one label: [3] or [3–9] (an item's numbers are consecutive). */
export function citationLabel(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  return numbers.length === 1 ? `[${numbers[0]}]` : `[${numbers[0]}–${numbers.at(-1)}]`;
}

export interface ExportOptions {
  /** Site origin, so the links work outside the site: `https://example.org`. */
  origin: string;
  title?: string;
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<])/g, '\\$1');
const citationLine = (c: BasketEntry['citations'][number]) => `「${c.quote}」${c.note ? `（${c.note}）` : ''}——${c.sourceTitle}`;
const noteLines = (note: string) => note.trim().split(/\r?\n/);

export function outlineToMarkdown(groups: readonly OutlineGroup<BasketEntry>[], { origin, title = DEFAULT_OUTLINE_TITLE }: ExportOptions): string {
  const numbers = citationNumbers(groups);
  const out: string[] = [`# ${escapeMarkdown(title)}`];
  const footnotes: string[] = [];
  groups.forEach((group, g) => {
    out.push(`## ${sectionNumeral(g)}${group.section.label}`);
    group.items.forEach(({ key, entry, note }, i) => {
      const refs = numbers.get(key)!;
      out.push(`### ${i + 1}. [${escapeMarkdown(entry.title)}](${origin}${entry.url})`);
      out.push(`要点：${escapeMarkdown(entry.summary)}${refs.map((n) => `[^${n}]`).join('')}`);
      if (note.trim()) out.push(noteLines(note).map((line) => `> ${line}`).join('\n'));
      entry.citations.forEach((c, j) => footnotes.push(`[^${refs[j]}]: ${escapeMarkdown(citationLine(c))} <${origin}${c.url}>`));
    });
  });
  if (footnotes.length > 0) out.push('---', footnotes.join('\n'));
  return `${out.join('\n\n')}\n`;
}

export function outlineToText(groups: readonly OutlineGroup<BasketEntry>[], { origin, title = DEFAULT_OUTLINE_TITLE }: ExportOptions): string {
  const numbers = citationNumbers(groups);
  const out: string[] = [title];
  groups.forEach((group, g) => {
    out.push(`${sectionNumeral(g)}${group.section.label}`);
    group.items.forEach(({ key, entry, note }, i) => {
      const lines = [`${i + 1}. ${entry.title}`, `   要点：${entry.summary}`];
      if (note.trim()) lines.push(...noteLines(note).map((line, n) => `   ${n === 0 ? '备注：' : '      '}${line}`));
      const refs = numbers.get(key)!;
      entry.citations.forEach((c, j) => lines.push(`   [${refs[j]}] ${citationLine(c)}`));
      lines.push(`   ${origin}${entry.url}`);
      out.push(lines.join('\n'));
    });
  });
  return `${out.join('\n\n')}\n`;
}
