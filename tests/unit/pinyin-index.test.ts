import { describe, expect, it } from 'vitest';
import { OTHER_INITIAL, groupByInitial, pinyinInitial } from '../../src/lib/pinyin-index';
import { pinyinSortKey } from '../../src/lib/ordering';

describe('pinyinInitial', () => {
  it('is the capital first letter of a pinyin sort key', () => {
    expect(pinyinInitial(pinyinSortKey('「三会一课」'))).toBe('S');
    expect(pinyinInitial(pinyinSortKey('嘎查'))).toBe('G');
    expect(pinyinInitial(pinyinSortKey('阿拉善'))).toBe('A');
  });
  it('puts names that start with a number or mark under #', () => {
    expect(pinyinInitial(pinyinSortKey('1+3+X'))).toBe(OTHER_INITIAL);
    expect(pinyinInitial('')).toBe(OTHER_INITIAL);
  });
});

describe('groupByInitial', () => {
  it('groups in A–Z order, # last, keeping the order within a group', () => {
    const titles = ['嘎查', '阿拉善', '12345 热线', '格日勒', '安达'];
    const groups = groupByInitial(titles, pinyinSortKey);
    expect(groups).toEqual([
      { initial: 'A', items: ['阿拉善', '安达'] },
      { initial: 'G', items: ['嘎查', '格日勒'] },
      { initial: '#', items: ['12345 热线'] },
    ]);
  });
  it('gives nothing for nothing', () => {
    expect(groupByInitial([], String)).toEqual([]);
  });
});
