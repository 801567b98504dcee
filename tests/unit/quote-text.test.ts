import { describe, expect, it } from 'vitest';
import { checkQuote, closestPassage, containsQuote, cornerQuotedPhrases, normalizeQuote, prepareSource } from '../../src/lib/quote-text';

const source = prepareSource('通辽市坚持分类施策，分领\n域形成10项特定模式。在农村牧区，探索“五个一”方式；\n在社 区，探索「五为五进五评」模式。');

describe('quote matching', () => {
  it('ignores line breaks, spaces, full-/half-width forms and quote-mark style', () => {
    expect(normalizeQuote('“五个一” 方式，１０项')).toBe('"五个一"方式,10项');
    expect(containsQuote(source, '分领域形成10项特定模式')).toBe(true);
    expect(containsQuote(source, '分领域形成１０项特定模式')).toBe(true);
    expect(containsQuote(source, '探索「五个一」方式')).toBe(true);
    expect(containsQuote(source, '在社区，探索“五为五进五评”模式')).toBe(true);
  });

  it('rejects a changed word, and an empty quote', () => {
    expect(containsQuote(source, '分领域形成12项特定模式')).toBe(false);
    expect(containsQuote(source, ' \n')).toBe(false);
  });

  it('shows the closest passage of the source, as printed but joined across line breaks', () => {
    expect(checkQuote(source, '分领域形成12项特定模式')).toEqual({ found: false, closest: '分领域形成10项特定模式' });
    expect(closestPassage(source, '在社区探索五为五进五比模式')).toContain('在社区，探索「五为五进五');
  });

  it('finds the closest window in a long text in one pass', () => {
    const long = prepareSource(`${'无关的文字。'.repeat(5_000)}各族群众像石榴籽一样紧紧抱在一起${'无关的文字。'.repeat(5_000)}`);
    expect(closestPassage(long, '各族群众象石榴籽一样紧紧抱在一起')).toBe('各族群众像石榴籽一样紧紧抱在一起');
  });

  it('says nothing is close when the source shares no pair of characters with the quote', () => {
    expect(closestPassage(source, '完全不同')).toBe('');
  });
});

describe('「」 phrases', () => {
  it('lists the phrases in corner brackets, innermost first when nested', () => {
    expect(cornerQuotedPhrases('讲「党支部带着干」与「五个一」，还有「a『b』c」')).toEqual(['党支部带着干', '五个一', 'a『b』c']);
    expect(cornerQuotedPhrases('没有引号')).toEqual([]);
  });
});
