import { describe, expect, it } from 'vitest';
import { cleanExcerpt, highlightTerms, markPhrases, matchRanges } from '../../src/lib/search/highlight';

describe('highlightTerms', () => {
  it.each([
    ['骆驼', ['骆驼']],
    ['巴彦淖尔  骆驼', ['巴彦淖尔', '骆驼']],
    ['hongshubao', []],
    ['   ', []],
    ['怎么给牧民讲惠民政策', ['牧民', '惠民政策']],
  ])('%j → %j', (query, terms) => {
    expect(highlightTerms(query)).toEqual(terms);
  });
});

describe('matchRanges', () => {
  it.each([
    ['养殖戈壁红驼，红驼基地', ['红驼'], [[4, 6], [7, 9]]],
    ['戈壁红驼', ['戈壁红', '红驼'], [[0, 4]]],
    ['学雷锋 365', ['365'], [[4, 7]]],
    ['ABC abc', ['abc'], [[0, 3], [4, 7]]],
    ['没有', ['骆驼'], []],
    ['红红红', ['红红'], [[0, 2]]],
  ] as const)('%j %j', (text, terms, ranges) => {
    expect(matchRanges(text, terms)).toEqual(ranges);
  });
});

describe('markPhrases', () => {
  it.each([
    // Pagefind marked every 驼; only the phrase 红驼 keeps a mark.
    ['又称：骆<mark>驼</mark>、<mark>红驼</mark>、戈壁<mark>红驼</mark>', '红驼', '又称：骆驼、<mark>红驼</mark>、戈壁<mark>红驼</mark>'],
    ['巴彦淖尔市的骆驼', '巴彦淖尔 骆驼', '<mark>巴彦淖尔</mark>市的<mark>骆驼</mark>'],
    // No phrase in the excerpt: Pagefind's marks stay.
    ['<mark>红</mark>色的<mark>驼</mark>铃', '红驼', '<mark>红</mark>色的<mark>驼</mark>铃'],
    ['a &lt; b 红驼', '红驼', 'a &lt; b <mark>红驼</mark>'],
    ['送学上门', 'hongshubao', '送学上门'],
  ])('%j for %j', (excerpt, query, expected) => {
    expect(markPhrases(excerpt, query)).toBe(expected);
  });
});

describe('cleanExcerpt', () => {
  const content = '乌拉特后旗阿布日勒图嘎查党支部书记韩贵义说，党支部盘活项目资金，引导牧民入股合作社。';
  it('drops a head cut mid-word up to the first clause mark, with an ellipsis', () => {
    expect(cleanExcerpt('部书记韩贵义说，党支部盘活<mark>项目</mark>资金', content)).toBe('…党支部盘活<mark>项目</mark>资金');
  });
  it('keeps an excerpt from the start of the page, one whose mark comes before the clause mark, and a long head', () => {
    expect(cleanExcerpt('乌拉特后旗阿布日勒图嘎查党支部书记韩贵义说，党支部', content)).toBe('乌拉特后旗阿布日勒图嘎查党支部书记韩贵义说，党支部');
    expect(cleanExcerpt('书记<mark>韩贵义</mark>说，党支部', content)).toBe('书记<mark>韩贵义</mark>说，党支部');
    expect(cleanExcerpt('阿布日勒图嘎查党支部书记韩贵义说，党支部盘活', content, 8)).toBe('阿布日勒图嘎查党支部书记韩贵义说，党支部盘活');
  });
});
