import { pinyin } from 'pinyin-pro';

/** Pinyin of a Chinese label as a sort key: 「」《》 and punctuation ignored, tones as digits. */
export function pinyinSortKey(text: string): string {
  const letters = text.replace(/[「」《》“”"'（）()、，·\s]/g, '');
  return pinyin(letters, { toneType: 'num', type: 'array', nonZh: 'consecutive', toneSandhi: false }).join(' ').toLowerCase();
}

export interface Sortable {
  title: string;
  order?: number;
  sortKey?: string;
  date?: string;
}

/**
 * Handbook order: explicit `order` first (六句话, 载体…), then newest date
 * (cases), then pinyin of the title or the entry's own sort key.
 */
export function compareEntries(a: Sortable, b: Sortable): number {
  if (a.order !== undefined || b.order !== undefined) return (a.order ?? Infinity) - (b.order ?? Infinity);
  if (a.date !== undefined && b.date !== undefined && a.date !== b.date) return a.date < b.date ? 1 : -1;
  const ka = a.sortKey ?? pinyinSortKey(a.title);
  const kb = b.sortKey ?? pinyinSortKey(b.title);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
