import { AUDIENCES, AUDIENCE_IDS, type AudienceId } from '../../schemas/enums';

/**
 * What the lecturer says about the talk itself: title, audience, date and
 * length. Printed as the handout's header and carried in the share link.
 */

export const TALK_MINUTES = [10, 20, 40] as const;
export type TalkMinutes = (typeof TALK_MINUTES)[number];
export const isTalkMinutes = (value: unknown): value is TalkMinutes => TALK_MINUTES.includes(value as TalkMinutes);

/** Long enough for any talk's name, short enough to fit one printed line. */
export const MAX_TITLE_LENGTH = 40;

export interface OutlineMeta {
  title?: string;
  audience?: AudienceId;
  /** The talk's day, `YYYY-MM-DD`. */
  date?: string;
  minutes?: TalkMinutes;
}

const isAudience = (value: unknown): value is AudienceId => AUDIENCE_IDS.includes(value as AudienceId);
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value);

/** Keeps the usable fields of whatever was stored or linked; drops the rest. */
export function cleanMeta(value: unknown): OutlineMeta {
  if (!value || typeof value !== 'object') return {};
  const { title, audience, date, minutes } = value as Record<string, unknown>;
  const meta: OutlineMeta = {};
  if (typeof title === 'string' && title.trim() !== '') meta.title = title.trim().slice(0, MAX_TITLE_LENGTH);
  if (isAudience(audience)) meta.audience = audience;
  if (isDate(date)) meta.date = date;
  const length = typeof minutes === 'string' ? Number(minutes) : minutes;
  if (isTalkMinutes(length)) meta.minutes = length;
  return meta;
}

export const audienceName = (audience: AudienceId) => AUDIENCES.find((a) => a.id === audience)!.label;

/** 「2026年12月3日」 */
export function formatTalkDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The handout's second line: 「听众：农牧民 · 20 分钟 · 2026年12月3日」, only the parts given. */
export function metaLine(meta: OutlineMeta): string {
  return [
    meta.audience && `听众：${audienceName(meta.audience)}`,
    meta.minutes && `${meta.minutes} 分钟`,
    meta.date && formatTalkDate(meta.date),
  ]
    .filter(Boolean)
    .join(' · ');
}
