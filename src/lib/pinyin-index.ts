/**
 * A listing's A–Z index: entries grouped by the first letter of their pinyin
 * sort key (src/lib/ordering.ts), in the order they come.
 */

/** Names that do not start with a Han character or a Latin letter (numbers, marks). */
export const OTHER_INITIAL = '#';

/** The index letter of a pinyin sort key: A–Z, or # for anything else. */
export function pinyinInitial(sortKey: string): string {
  const first = sortKey.trim().charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : OTHER_INITIAL;
}

export interface InitialGroup<T> {
  initial: string;
  items: T[];
}

/**
 * Groups items by initial, letters A–Z first, then #. Items keep their order
 * within a group, so a listing sorted by pinyin stays sorted.
 */
export function groupByInitial<T>(items: readonly T[], sortKeyOf: (item: T) => string): InitialGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const initial = pinyinInitial(sortKeyOf(item));
    groups.set(initial, [...(groups.get(initial) ?? []), item]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === OTHER_INITIAL ? 1 : b === OTHER_INITIAL ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([initial, items]) => ({ initial, items }));
}
