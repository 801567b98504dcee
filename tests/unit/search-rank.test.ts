import { describe, expect, it } from 'vitest';
import { matchTier, normalizeForMatch, rankResults, type RankView } from '../../src/lib/search-rank';

const view = (url: string, title: string, aliases: string[] = [], pinyin: string[] = [], text = title): RankView => ({ url, title, aliases, pinyin, text });

const model = view('/models/wuwei-wujin-wuping/', '城镇社区「五微五进五评」工作模式', ['五微五进五评', '五微五进'], ['wuweiwujinwuping', 'wwwjwp']);
const caseOf = view('/cases/tongliao-shequ-wuwei-wujin/', '通辽城镇社区「五微五进」系列活动与五项评选', ['五微五进']);
const term = view('/glossary/suan-kangtou-zhang/', '算炕头账', ['炕头账']);
const carrier = view('/carriers/yizhang-huiminka/', '一张惠民卡', ['惠民卡', '算炕头账'], [], '一张惠民卡 入户算炕头账');
const camel = view('/cases/abuliletu-gebi-hongtuo/', '阿布日勒图嘎查党支部领办合作社养殖戈壁红驼', ['骆驼', '红驼'], ['luotuo', 'lt', 'hongtuo', 'ht'], '巴彦淖尔市 乌拉特后旗 骆驼');

describe('matchTier', () => {
  it.each([
    [term, '算炕头账', 0],
    [term, '「算炕头账」', 0],
    [carrier, '算炕头账', 1],
    [camel, 'luotuo', 1],
    [camel, 'luo tuo', 1],
    [model, '五微五进', 1],
    [model, '五微', 2],
    [model, 'wuweiwu', 2],
    [camel, '巴彦淖尔 骆驼', 3],
    [camel, '巴彦淖尔 牛', 4],
    [camel, '', 4],
  ] as const)('%#: %j', (v, query, tier) => {
    expect(matchTier(v, query)).toBe(tier);
  });

  it('ignores punctuation, symbols and case', () => {
    expect(normalizeForMatch('巴彦淖尔市「人才+项目+平台」模式')).toBe('巴彦淖尔市人才项目平台模式');
    expect(normalizeForMatch('1+7+N')).toBe('17n');
  });
});

describe('rankResults', () => {
  const rank = (items: RankView[], query: string) => rankResults(items, query, (v) => v).map((v) => v.url);

  it('puts the exact title first, then exact aliases', () => {
    expect(rank([carrier, term], '算炕头账')).toEqual([term.url, carrier.url]);
  });

  it('puts the entry about a name before a case carrying the same alias', () => {
    expect(rank([caseOf, model], '五微五进')).toEqual([model.url, caseOf.url]);
  });

  it('keeps Pagefind order between equally good matches', () => {
    const other = view('/cases/other/', '另一个案例', [], [], '巴彦淖尔 骆驼');
    expect(rank([other, camel], '巴彦淖尔 骆驼')).toEqual([other.url, camel.url]);
    expect(rank([camel, other], '巴彦淖尔 骆驼')).toEqual([camel.url, other.url]);
  });
});
