import { describe, expect, it } from 'vitest';
import { cleanMeta, formatTalkDate, metaLine } from '../../src/lib/basket/meta';

describe('the talk fields', () => {
  it('writes the handout line from the parts given, in a fixed order', () => {
    expect(metaLine({ audience: 'herders', minutes: 20, date: '2026-12-08', title: '不在这行' })).toBe('听众：农牧民 · 20 分钟 · 2026年12月8日');
    expect(metaLine({ date: '2026-01-05' })).toBe('2026年1月5日');
    expect(metaLine({})).toBe('');
  });

  it('formats a date the Chinese way', () => {
    expect(formatTalkDate('2026-12-08')).toBe('2026年12月8日');
  });

  it('cuts an over-long title and reads a length given as text', () => {
    expect(cleanMeta({ title: '讲'.repeat(60), minutes: '40' })).toEqual({ title: '讲'.repeat(40), minutes: 40 });
    expect(cleanMeta('nonsense')).toEqual({});
  });
});
