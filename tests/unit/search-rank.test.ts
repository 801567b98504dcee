import { describe, expect, it } from 'vitest';
import { byPhraseHits, coveredWeight, holdsPhrase, matchOf, normalizeForMatch, phraseWeights, phraseWithin, rankResults, rarity, type RankView } from '../../src/lib/search/rank';
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
    expect(matchOf(v, query)).toEqual({ tier, inTitle, score: 0 });
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

describe('coveredWeight', () => {
  it.each([
    ['惠民政策', ['惠民政策明白人'], 16],
    ['评估活动效果', ['效果评估'], 8],
    ['集中教育', ['群众教育实践活动'], 4],
    ['牧民', ['惠民政策明白人'], 0],
    // Single characters apart do not count: 政 and 民 are not 民政.
    ['民政', ['惠民政策'], 4],
    ['民政', ['政民'], 0],
    ['定', ['四个定酬'], 1],
    // Overlapping pieces: 老旧小区 (4 × 4), then 小区改造 adds 改造 (2 × 4).
    ['老旧小区改造', ['老旧小区', '小区改造'], 16 + 8],
    ['老旧小区改造', ['站东社区', '老旧小区改造'], 36],
  ] as const)('%j in %j → %i', (part, texts, n) => {
    expect(coveredWeight(part, texts)).toBe(n);
  });
});

describe('ranking natural questions', () => {
  const rank = (items: RankView[], query: string) => rankResults(items, query, (v) => v).map((v) => v.url);
  const mingbairen = view('/glossary/huimin-zhengce-mingbairen/', '惠民政策明白人', ['明白人'], '培养的人', '面向农牧民讲发展账、惠民卡');
  const huiminka = view('/carriers/yizhang-huiminka/', '一张惠民卡', ['惠民卡'], '补贴农牧民的惠民政策', '惠民政策 牧民');
  const domain = view('/domains/xinjiuye-qunti/', '新就业群体', ['外卖骑手', '快递员'], '通辽以四步工作法引导新就业群体', '新就业群体党建赋能乡村振兴');
  const riders = view('/cases/meituan-qishou-dangri/', '美团青城骑手流动党员党支部主题党日', ['美团骑手', '外卖骑手'], '与美团骑手党支部共同开展党日活动，培训骑手', '骑手 党日');
  const renovation = view('/cases/zhandong-shequ-hongse-wuye/', '赤峰红色物业创建与站东社区老旧小区改造', ['红色物业'], '站东社区改造后获评示范');
  const property = view('/models/hongse-wuye/', '赤峰「红色物业」模式', ['红色物业'], '物业行业党组织', '老旧小区 改造');
  const first = view('/statements/zuizao-jianli-dangzuzhi/', '第一句：内蒙古地区是中国共产党最早建立党组织的民族地区', ['六句话第一句']);
  const sixth = view('/statements/mofan-zai-tingdanghua/', '第六句：模范就模范在听党的话上', ['六句话第六句'], '「六句话」最后一句');

  it('reads the question words out and ranks by the topic: 怎么给牧民讲惠民政策', () => {
    expect(rank([huiminka, mingbairen], '怎么给牧民讲惠民政策')).toEqual([mingbairen.url, huiminka.url]);
  });

  it('puts an entry whose alias is the topic first: 六句话第一句是什么', () => {
    expect(rank([sixth, first], '六句话第一句是什么')).toEqual([first.url, sixth.url]);
    expect(matchOf(first, '六句话第一句是什么').tier).toBe(1);
  });

  it('lets the defining entry win a how-question when names cover the topic alike', () => {
    expect(rank([riders, domain], '外卖骑手怎么开展党建')).toEqual([domain.url, riders.url]);
  });

  it('lets a case win a request for an example', () => {
    expect(rank([property, renovation], '老旧小区改造的例子')).toEqual([renovation.url, property.url]);
    expect(rank([renovation, property], '红色物业的案例')).toEqual([renovation.url, property.url]);
    expect(rank([renovation, property], '红色物业是什么')).toEqual([property.url, renovation.url]);
  });

  it('ranks a timetable first for a when-question', () => {
    const plan = view('/cases/wudinghe-zhuanxiang-fangan/', '无定河镇群众教育实践活动专项方案', [], '集中教育分四个阶段开始');
    const timetable = view('/guides/zhengti-anpai/', '整体安排：时间表与工作流程', ['时间安排'], '集中教育从12月到3月底');
    expect(rank([plan, timetable], '集中教育什么时候开始')).toEqual([timetable.url, plan.url]);
  });

  it('weighs longer matched words more than short ones', () => {
    const a = view('/glossary/a/', '惠民政策宣讲队');
    const b = view('/glossary/b/', '牧民之家');
    expect(rank([b, a], '怎么给牧民宣讲惠民政策')).toEqual([a.url, b.url]);
  });

  it('tells a page holding the whole topic (tier ≤ 4) from one that does not', () => {
    expect(matchOf(mingbairen, '怎么给牧民讲惠民政策').tier).toBe(4);
    expect(matchOf(riders, '外卖骑手怎么开展党建').tier).toBe(5);
    expect(matchOf(renovation, '老旧小区改造的例子').tier).toBe(2);
  });

  it('leans to the domain a how-question is set in: 学校里…, 牧区怎么…', () => {
    const school = view('/domains/xuexiao/', '学校', ['中小学', '师生'], '学校以三比三评争当模范', '开展感党恩教育');
    const term = view('/glossary/shiliuzi/', '石榴籽', [], '学校里的感党恩教育', '组织师生开展感党恩教育');
    expect(rank([term, school], '学校里怎么组织师生开展感党恩教育')).toEqual([school.url, term.url]);
  });

  it('lets a story win a request for a story', () => {
    const story = view('/stories/caoyuan-yingxiong-xiaojiemei/', '草原英雄小姐妹', [], '两个小姑娘在暴风雪中保护羊群');
    const caseOf = view('/cases/x/', '放牧的日子', [], '两个小姑娘在暴风雪中保护羊群');
    expect(rank([caseOf, story], '两个小姑娘在暴风雪里保护羊群的故事')[0]).toBe(story.url);
  });

  it('weighs the searched phrases by rarity when given: a rare word outweighs a common one', () => {
    const guide = view('/guides/jilv-yaoqiu/', '纪律要求', [], '严肃纪律', '宣讲');
    const common = view('/models/m/', '宣讲团', [], '宣讲时讲故事', '宣讲');
    const hits = [
      { phrase: '宣讲', weight: 2, results: Array.from({ length: 70 }) },
      { phrase: '纪律', weight: 2, results: Array.from({ length: 6 }) },
    ];
    const weights = phraseWeights(hits, 250);
    expect(weights.get('纪律')!).toBeGreaterThan(weights.get('宣讲')! * 2);
    expect(rankResults([common, guide], '宣讲时有哪些纪律红线不能碰', (v) => v, weights).map((v) => v.url)).toEqual([guide.url, common.url]);
  });

  it('ranks name queries as before: 国家的孩子 is not a question', () => {
    const story = view('/stories/sanqian-guer/', '三千孤儿入内蒙', ['国家的孩子']);
    expect(matchOf(story, '国家的孩子')).toEqual({ tier: 1, inTitle: false, score: 0 });
  });
});

describe('byPhraseHits', () => {
  const id = (r: string) => r;
  const hits = [
    { weight: 25, results: ['c'] },
    { weight: 4, results: ['b', 'c', 'd'] },
  ];

  it('orders by the summed weight of the phrases found, then as given', () => {
    expect(byPhraseHits(['a', 'b', 'c'], hits, id, false)).toEqual(['c', 'b', 'a']);
  });

  it('adds pages only the phrase searches found when widening, after given ones of equal weight', () => {
    expect(byPhraseHits(['a', 'b', 'c'], hits, id, true)).toEqual(['c', 'b', 'd', 'a']);
    expect(byPhraseHits([], hits, id, true)).toEqual(['c', 'b', 'd']);
  });

  it('scales the weights by rarity when told how many pages there are', () => {
    const rare = [
      { weight: 2.5, results: ['a', 'b', 'c', 'd'] },
      { weight: 2, results: ['e'] },
    ];
    expect(byPhraseHits([], rare, id, true)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(byPhraseHits([], rare, id, true, 100)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });
});

describe('rarity', () => {
  it('falls as more pages hold a phrase, and stays above zero on every page', () => {
    expect(rarity(1, 100)).toBeGreaterThan(rarity(10, 100));
    expect(rarity(100, 100)).toBeGreaterThan(0);
    expect(rarity(0, 100)).toBe(rarity(1, 100));
  });
});

describe('phraseWithin', () => {
  it('is true when the phrase holds every character the loose search wants, all Han', () => {
    // The loose search for 新就业群体 / 四步工作法 wants each of its characters: a page with the wording has them all.
    expect(phraseWithin('新就业群体的四步工作法是什么', '新就业群体 四步工作法')).toBe(true);
    expect(phraseWithin('四步工作法', '新就业群体 四步工作法')).toBe(false);
    // A Latin word is matched as a prefix by the loose search, not as characters: ask Pagefind.
    expect(phraseWithin('ai宣讲', 'ai 宣讲')).toBe(false);
    expect(phraseWithin('宣讲', '')).toBe(false);
  });
});

describe('holdsPhrase', () => {
  it('finds the phrase in a row in the title, an alias, the summary or the text, punctuation aside', () => {
    expect(holdsPhrase(coop, '资源变资产')).toBe(true);
    expect(holdsPhrase(camel, '红驼')).toBe(true);
    expect(holdsPhrase(model, '五微五进五评')).toBe(true);
    expect(holdsPhrase(view('/x/', '标题', [], '', '新就业群体，四步'), '群体四步')).toBe(true);
    expect(holdsPhrase(coop, '资产资源')).toBe(false);
    expect(holdsPhrase(coop, '')).toBe(false);
  });
});
