import { describe, expect, it } from 'vitest';
import { browseOrder, facetTotals, searchFacets } from '../../src/lib/search/facets';
import { keyOf, type GraphEntry } from '../../src/lib/graph';
import type { Kind } from '../../src/core/kinds';

const ref = (collection: Kind, id: string) => ({ collection, id });
const entry = (kind: Kind, id: string, title: string, data: Record<string, unknown> = {}): GraphEntry => ({ kind, id, title, summary: '', filePath: '', data });
const entries = [
  entry('regions', 'bayannur', '巴彦淖尔市'),
  entry('regions', 'chifeng', '赤峰市'),
  entry('domains', 'nongcun-muqu', '农村牧区'),
  entry('models', 'zhibu', '党支部领办合作社', { regions: [ref('regions', 'bayannur')], domains: [ref('domains', 'nongcun-muqu')] }),
  entry('cases', 'camel', '戈壁红驼', { region: ref('regions', 'bayannur'), domains: [ref('domains', 'nongcun-muqu')], links: { models: [ref('models', 'zhibu')] } }),
  entry('glossary', 'gacha', '嘎查'),
];
const byKey = new Map(entries.map((e) => [keyOf(e.kind, e.id), e]));
const lookup = (key: string) => byKey.get(key);

describe('searchFacets', () => {
  it.each([
    ['camel', [['类别', '案例'], ['盟市', '巴彦淖尔市'], ['领域', '农村牧区'], ['工作模式', '党支部领办合作社']]],
    ['zhibu', [['类别', '工作模式'], ['盟市', '巴彦淖尔市'], ['领域', '农村牧区'], ['工作模式', '党支部领办合作社']]],
    ['bayannur', [['类别', '盟市'], ['盟市', '巴彦淖尔市']]],
    ['nongcun-muqu', [['类别', '领域'], ['领域', '农村牧区']]],
    ['gacha', [['类别', '术语']]],
  ])('%s', (id, facets) => {
    const e = entries.find((x) => x.id === id)!;
    expect(searchFacets(e, lookup).map((f) => [f.name, f.value])).toEqual(facets);
  });
});

describe('facetTotals', () => {
  it('counts entries per value, in handbook order, leaving out values nobody has', () => {
    const totals = facetTotals(entries, lookup);
    expect(totals.类别.map((v) => v.value)).toEqual(['领域', '工作模式', '案例', '盟市', '术语']);
    expect(totals.盟市).toEqual([{ value: '巴彦淖尔市', count: 3 }, { value: '赤峰市', count: 1 }]);
    expect(totals.工作模式).toEqual([{ value: '党支部领办合作社', count: 2 }]);
  });
});

describe('browseOrder', () => {
  it('sorts by kind, then position, as text and as a number', () => {
    const keys = [browseOrder('cases', 2), browseOrder('statements', 40), browseOrder('cases', 10), browseOrder('models', 0)];
    const sorted = ['0000040', '0400000', '0500002', '0500010'];
    expect([...keys].sort()).toEqual(sorted);
    expect([...keys].sort((a, b) => Number(a) - Number(b))).toEqual(sorted);
  });
});
