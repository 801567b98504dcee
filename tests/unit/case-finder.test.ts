import { describe, expect, it } from 'vitest';
import {
  caseFinderStateToParams,
  caseRecord,
  groupCases,
  matchesKeywords,
  parseCaseFinderState,
  caseSelectionToParams,
  emptySelection,
  facetCounts,
  facetOptions,
  matchesSelection,
  parseCaseSelection,
  compactCaseIndex,
  expandCaseIndex,
  limitGroups,
  type CaseRecord,
} from '../../src/lib/case-finder';
import type { GraphEntry } from '../../src/lib/graph';

const rec = (id: string, region: string, domains: string[], models: string[], year: string): CaseRecord => ({ id, region, domains, models, year });
const cases = [
  rec('camel', 'bayannur', ['nongcun-muqu'], ['zhibu-lingban-hezuoshe'], '2023'),
  rec('chili', 'bayannur', ['nongcun-muqu', 'minying-qiye'], [], '2023'),
  rec('wuye', 'chifeng', ['chengzhen-shequ'], ['hongse-wuye'], '2023'),
  rec('xingan', 'hinggan', ['jiguan-danwei'], [], '2021'),
];
const select = (s: Partial<Record<keyof ReturnType<typeof emptySelection>, string[]>>) => ({ ...emptySelection(), ...s });

describe('caseRecord', () => {
  it('reads region, domains, linked models and the year from a case', () => {
    const entry = {
      kind: 'cases',
      id: 'camel',
      title: '',
      summary: '',
      filePath: '',
      data: {
        region: { collection: 'regions', id: 'bayannur' },
        domains: [{ collection: 'domains', id: 'nongcun-muqu' }],
        date: '2023-04-23',
        links: { models: [{ collection: 'models', id: 'zhibu-lingban-hezuoshe' }] },
      },
    } as GraphEntry;
    expect(caseRecord(entry)).toEqual(cases[0]);
  });
});

describe('matchesSelection', () => {
  it.each([
    [select({}), ['camel', 'chili', 'wuye', 'xingan']],
    [select({ region: ['bayannur'] }), ['camel', 'chili']],
    [select({ region: ['bayannur', 'chifeng'] }), ['camel', 'chili', 'wuye']],
    [select({ region: ['bayannur'], domain: ['minying-qiye'] }), ['chili']],
    [select({ model: ['zhibu-lingban-hezuoshe'] }), ['camel']],
    [select({ year: ['2021'] }), ['xingan']],
    [select({ year: ['2021'], region: ['bayannur'] }), []],
  ])('%#', (selection, ids) => {
    expect(cases.filter((c) => matchesSelection(c, selection)).map((c) => c.id)).toEqual(ids);
  });
});

describe('facetCounts', () => {
  it('counts each facet without its own selection and with the others', () => {
    const counts = facetCounts(cases, select({ region: ['bayannur'] }));
    // Regions ignore the region selection: ticking 赤峰 would add one case.
    expect(Object.fromEntries(counts.region)).toEqual({ bayannur: 2, chifeng: 1, hinggan: 1 });
    // Other facets count within 巴彦淖尔.
    expect(Object.fromEntries(counts.domain)).toEqual({ 'nongcun-muqu': 2, 'minying-qiye': 1 });
    expect(Object.fromEntries(counts.year)).toEqual({ 2023: 2 });
    expect(Object.fromEntries(counts.model)).toEqual({ 'zhibu-lingban-hezuoshe': 1 });
  });
});

describe('facetOptions', () => {
  it('lists present values in the given order, years newest first', () => {
    const options = facetOptions(cases, {
      region: ['hohhot', 'chifeng', 'hinggan', 'bayannur'],
      domain: ['nongcun-muqu', 'chengzhen-shequ', 'jiguan-danwei', 'minying-qiye'],
      model: ['hongse-wuye', 'zhibu-lingban-hezuoshe', 'unused'],
    });
    expect(options.region).toEqual([{ value: 'chifeng', count: 1 }, { value: 'hinggan', count: 1 }, { value: 'bayannur', count: 2 }]);
    expect(options.model.map((o) => o.value)).toEqual(['hongse-wuye', 'zhibu-lingban-hezuoshe']);
    expect(options.year).toEqual([{ value: '2023', count: 3 }, { value: '2021', count: 1 }]);
    expect(options.domain[0]).toEqual({ value: 'nongcun-muqu', count: 2 });
  });
});

describe('selection in the URL', () => {
  it('round-trips', () => {
    const selection = parseCaseSelection(new URLSearchParams('region=bayannur&region=chifeng&year=2023&x=1'));
    expect(selection).toEqual(select({ region: ['bayannur', 'chifeng'], year: ['2023'] }));
    expect(caseSelectionToParams(selection).toString()).toBe('region=bayannur&region=chifeng&year=2023');
  });
});

describe('the case finder state in the URL', () => {
  it('holds keywords, selection and grouping, and leaves the default grouping out', () => {
    const state = { selection: select({ region: ['bayannur'] }), q: '红驼', group: 'domain' as const };
    const params = caseFinderStateToParams(state);
    expect(params.toString()).toBe('q=%E7%BA%A2%E9%A9%BC&region=bayannur&group=domain');
    expect(parseCaseFinderState(params)).toEqual(state);
    expect(caseFinderStateToParams({ ...state, group: 'region', q: '' }).toString()).toBe('region=bayannur');
    expect(parseCaseFinderState(new URLSearchParams('group=year')).group).toBe('region');
  });
});

describe('matchesKeywords', () => {
  it('needs every keyword, in any letter case', () => {
    expect(matchesKeywords('阿布日勒图嘎查 戈壁红驼 巴彦淖尔市', '红驼 巴彦淖尔')).toBe(true);
    expect(matchesKeywords('阿布日勒图嘎查 戈壁红驼', '红驼 赤峰')).toBe(false);
    expect(matchesKeywords('学雷锋365 PARTY', 'party')).toBe(true);
    expect(matchesKeywords('任何文字', '')).toBe(true);
  });
});

describe('groupCases', () => {
  it('groups by region once per case, by domain once per domain, in the given order, without empty groups', () => {
    expect(groupCases(cases, 'region', ['chifeng', 'bayannur', 'alxa', 'hinggan'])).toEqual([
      { value: 'chifeng', ids: ['wuye'] },
      { value: 'bayannur', ids: ['camel', 'chili'] },
      { value: 'hinggan', ids: ['xingan'] },
    ]);
    expect(groupCases(cases, 'domain', ['minying-qiye', 'nongcun-muqu']).map((g) => g.ids)).toEqual([['chili'], ['camel', 'chili']]);
  });
});

describe('the compact case index', () => {
  it('round-trips the cases, with region, domain and model ids given once', () => {
    const finderCases = cases.map((record, i) => ({ record, title: `案例${i}`, date: `${record.year}-0${i + 1}`, names: i === 0 ? '红驼 阿布日勒图' : '' }));
    const index = compactCaseIndex(finderCases);
    expect(index.regions).toEqual(['bayannur', 'chifeng', 'hinggan']);
    expect(index.cases[1]).toEqual(['chili', '案例1', '2023-02', 0, [0, 1], [], '']);
    expect(expandCaseIndex(JSON.parse(JSON.stringify(index)))).toEqual(finderCases);
  });
});

describe('limitGroups', () => {
  it('keeps the first cases across the groups in order, and each group’s full size', () => {
    const groups = [{ value: 'a', ids: ['1', '2', '3'] }, { value: 'b', ids: ['4', '5'] }, { value: 'c', ids: ['6'] }];
    expect(limitGroups(groups, 4)).toEqual([{ value: 'a', total: 3, ids: ['1', '2', '3'] }, { value: 'b', total: 2, ids: ['4'] }]);
    expect(limitGroups(groups, 3)).toEqual([{ value: 'a', total: 3, ids: ['1', '2', '3'] }]);
    expect(limitGroups(groups, 10).map((g) => g.ids.length)).toEqual([3, 2, 1]);
  });
});
