import { describe, expect, it } from 'vitest';
import { citationAnchor, citationUrl, citingEntryUrl, quoteAnchor, quoteUrl } from '../../src/lib/citations';
import { buildGraph, type GraphEntry } from '../../src/lib/graph';
import { quotePage, sourceQuoteGroups } from '../../src/lib/listings';

const source = (id: string): GraphEntry => ({ kind: 'sources', id, title: id, summary: '', filePath: '', data: {} });
const citing = (kind: GraphEntry['kind'], id: string, quotes: [string, string][], field = 'citations'): GraphEntry => ({
  kind,
  id,
  title: id,
  summary: '',
  filePath: '',
  data: { [field]: quotes.map(([s, quote]) => ({ source: { collection: 'sources', id: s }, quote })) },
});

// Five cases quote source s (the third twice), and so does a statement listed after them.
const graph = buildGraph([
  source('s'),
  source('t'),
  ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => citing('cases', id, id === 'c3' ? [['s', '甲乙丙丁'], ['t', '戊己庚辛'], ['s', '壬癸子丑']] : [['s', '甲乙丙丁']])),
  citing('statements', 'x', [['s', '寅卯辰巳']]),
]);
const cite = (key: string, index: number) => graph.citations.get(key)![index]!;

describe('citation links', () => {
  it('gives both ends of a citation matching anchors', () => {
    expect(citationUrl(graph, cite('cases/c1', 0), 100)).toBe(`/sources/s/#${quoteAnchor('cases', 'c1', 0)}`);
    expect(quoteAnchor('cases', 'a', 0)).toBe('q-cases-a-1');
    expect(citingEntryUrl('cases', 'a', 2)).toBe(`/cases/a/#${citationAnchor(2)}`);
    expect(citationAnchor(2)).toBe('cite-3');
  });

  it('links a case past its source’s first page of cases to the later page listing it', () => {
    expect(citationUrl(graph, cite('cases/c2', 0), 2)).toBe('/sources/s/#q-cases-c2-1');
    expect(citationUrl(graph, cite('cases/c3', 2), 2)).toBe('/sources/s/cases/2/#q-cases-c3-3');
    expect(citationUrl(graph, cite('cases/c5', 0), 2)).toBe('/sources/s/cases/3/#q-cases-c5-1');
    // On source t the same case is the first and only one.
    expect(citationUrl(graph, cite('cases/c3', 1), 2)).toBe('/sources/t/#q-cases-c3-2');
    expect(citationUrl(graph, cite('statements/x', 0), 2)).toBe('/sources/s/#q-statements-x-1');
  });

  it('finds a list’s quote among the entry’s citations, or falls back to the source page', () => {
    const lists = buildGraph([source('wudinghe-plan-2024'), source('tongliao-pilot-2023'), {
      ...citing('domains', 'x', [['wudinghe-plan-2024', '评选文明家庭']]),
      data: {
        citations: [{ source: { collection: 'sources', id: 'wudinghe-plan-2024' }, quote: '评选文明家庭' }],
        awards: { items: ['文明家庭'], source: { collection: 'sources', id: 'tongliao-pilot-2023' }, quote: '评选文明家庭' },
      },
    }]);
    expect(quoteUrl(lists, 'domains/x', 'tongliao-pilot-2023', '评选文明家庭', 100)).toBe('/sources/tongliao-pilot-2023/#q-domains-x-2');
    expect(quoteUrl(lists, 'domains/x', 'tongliao-pilot-2023', '别的话', 100)).toBe('/sources/tongliao-pilot-2023/');
  });
});

describe('a source’s quotes in pages', () => {
  const page = (n: number, size: number) => sourceQuoteGroups(graph, 's', n, size).map((g) => [g.entry.id, g.citations.map((c) => c.index)]);

  it('keeps every other entry’s quotes on page 1 and pages the cases’ as its cases are paged', () => {
    expect(page(1, 2)).toEqual([['c1', [0]], ['c2', [0]], ['x', [0]]]);
    expect(page(2, 2)).toEqual([['c3', [0, 2]], ['c4', [0]]]);
    expect(page(3, 2)).toEqual([['c5', [0]]]);
    expect(page(1, 100)).toEqual([['c1', [0]], ['c2', [0]], ['c3', [0, 2]], ['c4', [0]], ['c5', [0]], ['x', [0]]]);
  });

  it('puts each quote on the page whose groups hold it', () => {
    for (const size of [1, 2, 3, 100]) {
      for (const c of graph.citationsBySource.get('s')!) {
        const groups = sourceQuoteGroups(graph, 's', quotePage(graph, c, size), size);
        expect(groups.some((g) => g.citations.includes(c)), `${c.entry} ${c.index} at size ${size}`).toBe(true);
      }
    }
  });
});
