import { describe, expect, it } from 'vitest';
import { matchOf, normalizeForMatch, rankResults, type RankView } from '../../src/lib/search/rank';
import { pinyinKeys } from '../../src/lib/pinyin';

function view(url: string, title: string, aliases: string[] = [], summary = '', body = ''): RankView {
  return {
    url,
    title,
    aliases,
    titlePinyin: pinyinKeys([title]),
    aliasPinyin: pinyinKeys(aliases),
    summary,
    text: [title, aliases.join('、'), summary, body].join(' '),
  };
}

const model = view('/models/wuwei-wujin-wuping/', '城镇社区「五微五进五评」工作模式', ['五微五进五评', '五微五进']);
const caseOf = view('/cases/tongliao-shequ-wuwei-wujin/', '通辽城镇社区「五微五进」系列活动与五项评选', ['五微五进']);
const term = view('/glossary/suan-kangtou-zhang/', '算炕头账', ['炕头账']);
const carrier = view('/carriers/yizhang-huiminka/', '一张惠民卡', ['惠民卡', '算炕头账'], '', '入户算炕头账');
const camel = view('/cases/abuliletu-gebi-hongtuo/', '阿布日勒图嘎查党支部领办合作社养殖戈壁红驼', ['骆驼', '红驼', '戈壁红驼'], '', '巴彦淖尔市 乌拉特后旗 资源变资产');
const coop = view('/models/zhibu-lingban-hezuoshe/', '巴彦淖尔市嘎查村党支部领办合作社', ['戈壁红驼'], '让资源变资产、农民变股民');

describe('matchOf', () => {
  it.each([
    [term, '算炕头账', 0, true],
    [term, '「算炕头账」', 0, true],
    [term, 'suankangtouzhang', 0, true],
    [carrier, '算炕头账', 1, false],
    [carrier, 'suankangtouzhang', 1, false],
    [camel, 'luotuo', 1, false],
    [camel, 'luo tuo', 1, false],
    [camel, 'gbht', 1, true],
    [model, '五微五进', 1, true],
    [model, '五微', 2, true],
    [model, 'wuweiwu', 2, true],
    [coop, '戈壁红', 2, false],
    [coop, '资源变资产', 3, false],
    [camel, '资源变资产', 4, false],
    [camel, '巴彦淖尔 骆驼', 4, false],
    [camel, '巴彦淖尔 牛', 5, false],
    [camel, '', 5, false],
  ] as const)('%#: %j → tier %i', (v, query, tier, inTitle) => {
    expect(matchOf(v, query)).toEqual({ tier, inTitle });
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
    expect(rank([carrier, term], 'suankangtouzhang')).toEqual([term.url, carrier.url]);
  });

  it('puts the entry about a name before a case carrying the same alias', () => {
    expect(rank([caseOf, model], '五微五进')).toEqual([model.url, caseOf.url]);
  });

  it('prefers the entry whose title carries the query', () => {
    expect(rank([coop, camel], '戈壁红')).toEqual([camel.url, coop.url]);
    expect(rank([coop, camel], 'gbht')).toEqual([camel.url, coop.url]);
  });

  it('puts a match in the summary before one in the body', () => {
    expect(rank([camel, coop], '资源变资产')).toEqual([coop.url, camel.url]);
  });

  it('keeps Pagefind order between equally good matches', () => {
    const other = view('/cases/other/', '另一个案例', [], '', '巴彦淖尔 骆驼');
    expect(rank([other, camel], '巴彦淖尔 骆驼')).toEqual([other.url, camel.url]);
    expect(rank([camel, other], '巴彦淖尔 骆驼')).toEqual([camel.url, other.url]);
  });
});
