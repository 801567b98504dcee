import { describe, expect, it } from 'vitest';
import { highlightTerms, matchRanges } from '../../src/lib/search-highlight';

describe('highlightTerms', () => {
  it.each([
    ['骆驼', ['骆驼']],
    ['巴彦淖尔  骆驼', ['巴彦淖尔', '骆驼']],
    ['hongshubao', []],
    ['   ', []],
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
