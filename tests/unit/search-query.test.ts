import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindFilters, parseSearchState, searchStateToParams, toggleFilter, toggleValue } from '../../src/lib/search/query';
import { emptySelection } from '../../src/lib/case-finder';
import { readQuestion, searchParts, topicPhrases } from '../../src/lib/search/question';

describe('search state in the URL', () => {
  it('reads the query and repeated filter values, dropping blanks and repeats', () => {
    const state = parseSearchState(new URLSearchParams('q=+骆驼+&region=巴彦淖尔市&region=赤峰市&region=赤峰市&kind=&other=x'));
    expect(state).toEqual({ q: '骆驼', filters: { kind: [], region: ['巴彦淖尔市', '赤峰市'], domain: [], model: [] } });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(parseSearchState(new URLSearchParams('q=骆驼')))).toBe(false);
  });

  it('writes the state back in a stable order', () => {
    const state = parseSearchState(new URLSearchParams('region=赤峰市&kind=案例&q=物业'));
    expect(searchStateToParams(state).toString()).toBe(new URLSearchParams('q=物业&kind=案例&region=赤峰市').toString());
    expect(searchStateToParams(parseSearchState(new URLSearchParams(''))).toString()).toBe('');
  });

  it('toggles a value without touching the others', () => {
    const state = parseSearchState(new URLSearchParams('region=赤峰市'));
    expect(toggleFilter(state, 'region', '通辽市', true).filters.region).toEqual(['赤峰市', '通辽市']);
    expect(toggleFilter(state, 'region', '赤峰市', false).filters.region).toEqual([]);
    expect(toggleFilter(state, 'region', '赤峰市', true).filters.region).toEqual(['赤峰市']);
    expect(state.filters.region).toEqual(['赤峰市']);
  });
});

describe('toggleValue', () => {
  it('works on any selection, such as the case finder’s', () => {
    const selection = { ...emptySelection(), year: ['2023'] };
    expect(toggleValue(selection, 'year', '2021', true)).toEqual({ ...emptySelection(), year: ['2023', '2021'] });
    expect(toggleValue(selection, 'year', '2023', false)).toEqual(emptySelection());
  });
});

describe('pagefindFilters', () => {
  const state = parseSearchState(new URLSearchParams('kind=案例&region=巴彦淖尔市&region=赤峰市'));

  it('maps keys to Pagefind filter names, values as alternatives', () => {
    expect(pagefindFilters(state)).toEqual({ 类别: { any: ['案例'] }, 盟市: { any: ['巴彦淖尔市', '赤峰市'] } });
  });

  it('leaves one filter out for that filter’s counts', () => {
    expect(pagefindFilters(state, 'region')).toEqual({ 类别: { any: ['案例'] } });
  });
});

describe('natural questions', () => {
  it.each([
    ['怎么给牧民讲惠民政策', ['牧民', '惠民政策'], false],
    ['流动党员怎么管理', ['流动党员', '管理'], false],
    ['老旧小区改造的例子', ['老旧小区改造'], true],
    ['有没有骆驼养殖的案例', ['骆驼养殖'], true],
    ['六句话第一句是什么', ['六句话第一句'], false],
    ['活动有哪些纪律要求', ['纪律要求'], false],
    ['怎样评估活动效果', ['评估', '效果'], false],
    ['什么是三会一课？', ['三会一课'], false],
    ['如何做好网格员工作', ['网格员工作'], false],
    // The segmenter cuts 驻/村/工作/队: a filler word there would break the name.
    ['驻村工作队要做哪些事', ['驻村工作队'], false],
    ['党建指导员是干啥的', ['党建指导员'], false],
    ['集中教育什么时候开始', ['集中教育', '开始'], false],
    ['赤峰 红色物业怎么做', ['赤峰', '红色物业'], false],
  ])('%j → topic %j', (query, topic, example) => {
    expect(readQuestion(query)).toMatchObject({ topic, example });
    expect(searchParts(query)).toEqual(topic);
  });

  it('adds what a question word asks for, for ranking: 什么时候 asks for a 时间', () => {
    expect(readQuestion('集中教育什么时候开始')?.implied).toEqual(['时间']);
    expect(readQuestion('怎么给牧民讲惠民政策')?.implied).toEqual([]);
    expect(searchParts('集中教育什么时候开始')).toEqual(['集中教育', '开始']);
  });

  it('drops the 里 and 时 that set a topic in a place or a time', () => {
    expect(searchParts('学校里怎么组织师生')).toEqual(['学校', '组织师生']);
    expect(searchParts('宣讲时有哪些纪律红线不能碰')).toEqual(['宣讲', '纪律红线', '碰']);
  });

  it('keeps the wording between punctuation, question words and all, as clauses', () => {
    expect(readQuestion('这次活动为什么搞、靠谁搞、对谁搞')?.clauses).toEqual(['这次活动为什么搞', '靠谁搞', '对谁搞']);
  });

  it('reads 「……的故事」 as a question asking for a story, but not a name such as 我的脱贫故事', () => {
    expect(readQuestion('两个小姑娘保护羊群的故事')).toMatchObject({ topic: ['两个小姑娘保护羊群', '故事'], story: true, example: false });
    expect(readQuestion('我的脱贫故事')).toBeUndefined();
  });

  it('keeps 讲 inside a word: 宣讲 is a topic', () => {
    expect(readQuestion('怎么宣讲红色故事')?.topic.join('')).toBe('宣讲红色故事');
  });

  it('leaves names, phrases and pinyin alone', () => {
    for (const query of ['国家的孩子', '把大道理转化成小故事', '「我为群众办实事」做法', '一批先进典型', '巴彦淖尔 骆驼', 'hong shu bao']) {
      expect(readQuestion(query), query).toBeUndefined();
    }
    expect(searchParts('巴彦淖尔  骆驼')).toEqual(['巴彦淖尔', '骆驼']);
    expect(searchParts('hong shu bao')).toEqual(['hongshubao']);
  });

  it('searches what was typed when a question has no topic', () => {
    expect(readQuestion('怎么办')).toBeUndefined();
    expect(searchParts('怎么办？')).toEqual(['怎么办？']);
  });
});

describe('topicPhrases', () => {
  it('weighs a question\'s topic parts, their words and, when asked, its wording by length', () => {
    expect(topicPhrases('怎么用方言给老百姓宣讲').map((p) => p.phrase)).not.toContain('怎么用方言给老百姓宣讲');
    expect(topicPhrases('怎么用方言给老百姓宣讲', [], true)).toEqual([
      { phrase: '方言', weight: 2 },
      { phrase: '老百姓宣讲', weight: 5 },
      { phrase: '老百姓', weight: 3 },
      { phrase: '宣讲', weight: 2 },
      { phrase: '怎么用方言给老百姓宣讲', weight: 11 },
    ]);
  });

  it('adds the site\'s names found inside the topic as words (the segmenter cuts 师生 apart)', () => {
    const phrases = topicPhrases('学校里怎么组织师生', ['师生', '学校', '党校', '师']).map((p) => p.phrase);
    expect(phrases).toContain('师生');
    expect(phrases).not.toContain('党校');
    expect(phrases).not.toContain('师');
  });

  it('counts each part of a name query once, as before', () => {
    expect(topicPhrases('巴彦淖尔 骆驼')).toEqual([
      { phrase: '巴彦淖尔', weight: 1 },
      { phrase: '骆驼', weight: 1 },
    ]);
  });
});
