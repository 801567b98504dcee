import { routeUrl, type Kind } from '../../core/kinds';
import type { AudienceId } from '../../schemas/enums';
import type { GraphEntry } from '../graph';
import { audienceFit, audienceLabel } from '../audience-kits';
import { entryKey, ranked, statementLinkScore, type ContentIndex } from './ready-outlines';
import { TALK_MINUTES, type TalkMinutes } from './meta';

/**
 * Right-sized outlines: for an audience, a statement and a talk length, the
 * statement plus as many facts, stories, cases and delivery formats as that
 * length has room for, picked from the content's links and audience marks.
 */


/** The parts of a sized outline after the statement, in talk order. */
const SLOTS = [
  // Facts: the terms and ledgers (一本发展账, 一卡通 …) the statement is explained with.
  { id: 'facts', label: '条事实', kinds: ['glossary', 'carriers'], needsLink: true },
  { id: 'stories', label: '个故事', kinds: ['stories'], needsLink: true },
  // Cases may come from the audience's own field even when not linked with the statement.
  { id: 'cases', label: '个身边案例', kinds: ['cases'], needsLink: false },
  { id: 'formats', label: '种讲法', kinds: ['methods'], needsLink: false },
] as const satisfies readonly { id: string; label: string; kinds: readonly Kind[]; needsLink: boolean }[];

type SlotId = (typeof SLOTS)[number]['id'];

/** How many of each part a talk of this length has room for (the statement is always one more). */
export const ITEMS_PER_LENGTH: Record<TalkMinutes, Record<SlotId, number>> = {
  10: { facts: 0, stories: 1, cases: 1, formats: 1 },
  20: { facts: 1, stories: 1, cases: 2, formats: 1 },
  40: { facts: 2, stories: 2, cases: 4, formats: 2 },
};

export interface SizedOutline {
  /** Entry keys, the statement first. */
  keys: string[];
  audience: AudienceId;
  minutes: TalkMinutes;
  /** One line telling the lecturer how the items were chosen. */
  reason: string;
}

const formatsOf = (e: GraphEntry) => ((e.data as { formats?: string[] }).formats ?? []);

/**
 * Deterministic: the same content gives the same outline. Within a part,
 * entries that both suit the audience and are linked with the statement come
 * first, then those that suit it, then (where a link is not required) those
 * linked only; handbook order breaks ties.
 */
export function sizeOutline(index: ContentIndex, audience: AudienceId, statementKey: string, minutes: TalkMinutes): SizedOutline {
  const fit = audienceFit(index, audience);
  const link = statementLinkScore(index, statementKey);
  const counts = ITEMS_PER_LENGTH[minutes];
  const keys = [statementKey];
  const parts: string[] = [];
  let format: GraphEntry | undefined;
  for (const slot of SLOTS) {
    const wanted = counts[slot.id];
    if (wanted === 0) continue;
    // Fit outweighs link strength (0–3): audience first, then how closely the writer tied it to the statement.
    const score = (key: string) => (slot.needsLink && link(key) === 0 ? 0 : fit(key) * 4 + link(key));
    const picked = slot.kinds
      .flatMap((kind) => ranked(index, kind, score).map((entry) => ({ entry, score: score(entryKey(entry)) })))
      .sort((a, b) => b.score - a.score)
      .slice(0, wanted)
      .map((x) => x.entry);
    if (picked.length === 0) continue;
    keys.push(...picked.map(entryKey));
    parts.push(`${picked.length} ${slot.label}`);
    if (slot.id === 'formats') format = picked[0];
  }
  const label = audienceLabel(audience);
  const formats = format ? formatsOf(format) : [];
  const formatNote = format ? `；讲法选「${format.title}」${formats.length > 0 ? `（${formats.slice(0, 3).join('、')}）` : ''}` : '';
  return {
    keys,
    audience,
    minutes,
    reason: `按“${label} · ${minutes} 分钟”挑选：这句话，加上与它关联、适合${label}的 ${parts.join('、')}${formatNote}。`,
  };
}

const sizedByIndex = new WeakMap<ContentIndex, Map<string, Record<TalkMinutes, SizedOutline>>>();

/**
 * The outline for each talk length. Worked out once per content index: the
 * audience pages and the outline page's data both ask for every one, and each
 * ranks every case (a quarter of a second at 2,000 cases).
 */
export function sizedOutlines(index: ContentIndex, audience: AudienceId, statementKey: string): Record<TalkMinutes, SizedOutline> {
  let sized = sizedByIndex.get(index);
  if (!sized) sizedByIndex.set(index, (sized = new Map()));
  const key = `${audience} ${statementKey}`;
  let outlines = sized.get(key);
  if (!outlines) {
    outlines = Object.fromEntries(TALK_MINUTES.map((m) => [m, sizeOutline(index, audience, statementKey, m)])) as Record<TalkMinutes, SizedOutline>;
    sized.set(key, outlines);
  }
  return outlines;
}

/** Every audience × statement × length, keyed `audience/statement-id/minutes`, for the outline page to look up. */
export function sizedOutlineKey(audience: string, statementId: string, minutes: number): string {
  return `${audience}/${statementId}/${minutes}`;
}

/** The outline page's address that builds this outline (plain query: it works as a link without scripts on the page that has it). */
export function sizedOutlineUrl(audience: AudienceId, statementId: string, minutes: TalkMinutes): string {
  return `${routeUrl('outline/')}?${new URLSearchParams({ audience, statement: statementId, minutes: String(minutes) })}`;
}
