import { describe, expect, it } from 'vitest';
import { closestTerms, type TermChoice } from '../../src/lib/search/suggest';
import { pinyinKeys } from '../../src/lib/pinyin';

const term = (title: string, aliases: string[] = []): TermChoice => ({
  title,
  url: `/glossary/${title}/`,
  names: [title, ...aliases],
  pinyin: pinyinKeys([title, ...aliases]),
});
const terms = [term('算炕头账', ['炕头账']), term('墙根唠嗑'), term('家门口唠嗑队'), term('三会一课'), term('乌兰牧骑'), term('入户走访'), term('闯新路、走在前'), term('一张惠民卡', ['惠民卡', '一卡通'])];

describe('closestTerms', () => {
  it.each([
    ['炕头帐', ['算炕头账']],
    ['唠嗑', ['墙根唠嗑', '家门口唠嗑队']],
    ['kangtouzang', ['算炕头账']],
    ['三会', ['三会一课']],
    ['量子计算', []],
    ['', []],
  ])('%j → %j', (query, titles) => {
    expect(closestTerms(query, terms).map((t) => t.title)).toEqual(titles);
  });

  it('returns at most the limit', () => {
    expect(closestTerms('唠嗑', terms, 1)).toHaveLength(1);
  });
});
