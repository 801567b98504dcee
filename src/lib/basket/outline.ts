import { KIND_NAMES, isKind, type Kind } from '../../core/kinds';
import { cleanMeta, type OutlineMeta } from './meta';

/**
 * The talk basket (备课篮) as data: which entries, in what order, with what
 * notes. Pure: the browser script loads and saves it, the outline page and
 * the exports read it. Entries are named by graph key (`cases/abc`).
 */

/** The outline's parts, in the order a talk runs. Every kind belongs to exactly one. */
export const OUTLINE_SECTIONS = [
  { id: 'statement', label: '要讲的话', kinds: ['statements'] },
  { id: 'facts', label: '事实与故事', kinds: ['stories', 'glossary', 'sources'] },
  { id: 'cases', label: '案例与做法', kinds: ['cases', 'models', 'regions'] },
  { id: 'delivery', label: '怎么讲：载体、方法与形式', kinds: ['carriers', 'methods', 'domains', 'guides'] },
] as const satisfies readonly { id: string; label: string; kinds: readonly Kind[] }[];

export type OutlineSection = (typeof OUTLINE_SECTIONS)[number];

const sectionIndexOfKind = new Map<Kind, number>(OUTLINE_SECTIONS.flatMap((s, i) => s.kinds.map((k) => [k, i] as const)));

export interface BasketState {
  /** Entry keys, kept grouped by section; within a section, the lecturer's order. */
  ids: string[];
  /** The lecturer's note per entry key; absent when empty. */
  notes: Record<string, string>;
  /** The talk's title, audience, date and length. */
  meta: OutlineMeta;
}

export const EMPTY_BASKET: BasketState = { ids: [], notes: {}, meta: {} };

/** A key the outline can place: `kind/id` with a known kind and a slug id. */
export function isEntryKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value);
  return match !== null && isKind(match[1]!);
}

export function kindOfKey(key: string): Kind {
  return key.slice(0, key.indexOf('/')) as Kind;
}

export function sectionIndexOf(key: string): number {
  return sectionIndexOfKind.get(kindOfKey(key))!;
}

/** Stable: sections in talk order, the lecturer's order kept inside each. */
function grouped(ids: readonly string[]): string[] {
  return ids
    .map((id, position) => ({ id, position, section: sectionIndexOf(id) }))
    .sort((a, b) => a.section - b.section || a.position - b.position)
    .map((x) => x.id);
}

/**
 * Reads whatever localStorage held. Anything unusable (old format, hand
 * edits, another site's data) yields what can be salvaged, never a throw.
 */
export function parseBasket(raw: string | null): BasketState {
  if (!raw) return EMPTY_BASKET;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_BASKET;
  }
  if (!value || typeof value !== 'object') return EMPTY_BASKET;
  const { ids, notes, meta } = value as { ids?: unknown; notes?: unknown; meta?: unknown };
  const keys = Array.isArray(ids) ? [...new Set(ids.filter(isEntryKey))] : [];
  const cleanNotes: Record<string, string> = {};
  if (notes && typeof notes === 'object') {
    for (const key of keys) {
      const note = (notes as Record<string, unknown>)[key];
      if (typeof note === 'string' && note.trim() !== '') cleanNotes[key] = note;
    }
  }
  return { ids: grouped(keys), notes: cleanNotes, meta: cleanMeta(meta) };
}

export function serializeBasket(state: BasketState): string {
  return JSON.stringify({ ids: state.ids, notes: state.notes, meta: state.meta });
}

/** Sets the talk fields given (an empty string clears one). */
export function setMeta(state: BasketState, change: Partial<Record<keyof OutlineMeta, unknown>>): BasketState {
  return { ...state, meta: cleanMeta({ ...state.meta, ...change }) };
}

/** Appends the keys not yet in the basket, each at the end of its section. */
export function addItems(state: BasketState, keys: readonly string[]): BasketState {
  const present = new Set(state.ids);
  const added = keys.filter((k) => isEntryKey(k) && !present.has(k) && present.add(k));
  return added.length === 0 ? state : { ...state, ids: grouped([...state.ids, ...added]) };
}

export function removeItem(state: BasketState, key: string): BasketState {
  const { [key]: _dropped, ...notes } = state.notes;
  return { ...state, ids: state.ids.filter((id) => id !== key), notes };
}

export function setNote(state: BasketState, key: string, note: string): BasketState {
  if (!state.ids.includes(key)) return state;
  const { [key]: _old, ...notes } = state.notes;
  return { ...state, notes: note.trim() === '' ? notes : { ...notes, [key]: note } };
}

/** The keys sharing `key`'s section, in order. */
export function sectionMates(state: BasketState, key: string): string[] {
  const section = sectionIndexOf(key);
  return state.ids.filter((id) => sectionIndexOf(id) === section);
}

/**
 * Moves an item to `index` among its own section's items (clamped). Items
 * never leave their section, so the talk keeps its statement → … → delivery arc.
 */
export function moveWithinSection(state: BasketState, key: string, index: number): BasketState {
  const mates = sectionMates(state, key);
  const from = mates.indexOf(key);
  const to = Math.max(0, Math.min(mates.length - 1, index));
  if (from === -1 || from === to) return state;
  mates.splice(from, 1);
  mates.splice(to, 0, key);
  let next = 0;
  const section = sectionIndexOf(key);
  return { ...state, ids: state.ids.map((id) => (sectionIndexOf(id) === section ? mates[next++]! : id)) };
}

/** One step up (-1) or down (+1) within the section. */
export function moveBy(state: BasketState, key: string, step: -1 | 1): BasketState {
  return moveWithinSection(state, key, sectionMates(state, key).indexOf(key) + step);
}

export interface OutlineGroup<E> {
  section: OutlineSection;
  items: { key: string; entry: E; note: string }[];
}

/**
 * The basket as the outline shows it: non-empty sections in talk order.
 * Keys the handbook no longer has (renamed or removed entries) come back
 * separately so the page can say so instead of silently dropping them.
 */
export function groupOutline<E>(state: BasketState, lookup: (key: string) => E | undefined): { groups: OutlineGroup<E>[]; missing: string[] } {
  const missing: string[] = [];
  const groups = OUTLINE_SECTIONS.map((section) => ({ section, items: [] as OutlineGroup<E>['items'] }));
  for (const key of state.ids) {
    const entry = lookup(key);
    if (entry === undefined) missing.push(key);
    else groups[sectionIndexOf(key)]!.items.push({ key, entry, note: state.notes[key] ?? '' });
  }
  return { groups: groups.filter((g) => g.items.length > 0), missing };
}

// Kinds not placed in any section would vanish from the outline; fail loudly at import instead.
const unplaced = KIND_NAMES.filter((k) => !sectionIndexOfKind.has(k));
if (unplaced.length > 0) throw new Error(`OUTLINE_SECTIONS does not place: ${unplaced.join(', ')}`);
