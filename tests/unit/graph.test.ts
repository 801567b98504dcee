import { describe, expect, it } from 'vitest';
import { buildGraph, formatProblems, keyOf, linksFrom, linksTo, missingSourceTexts, referrers, type GraphEntry } from '../../src/lib/graph';
import { prepareSource } from '../../src/lib/quote-text';

const ref = (collection: string, id: string) => ({ collection, id });
const cite = (quote: string) => ({ source: ref('sources', 'tongliao-pilot-2023'), quote });

function entry(kind: GraphEntry['kind'], id: string, data: Record<string, unknown> = {}, body?: string): GraphEntry {
  return { kind, id, title: `${kind}:${id}`, summary: '', filePath: `content/${kind}/${id}.mdx`, data, body };
}

const corpus = [
  entry('sources', 'tongliao-pilot-2023'),
  entry('regions', 'tongliao'),
  entry('models', 'wuwei', { citations: [cite('五微五进')] }),
  entry('cases', 'a', { region: ref('regions', 'tongliao'), links: { models: [ref('models', 'wuwei')] }, citations: [cite('绿化街道93条')] }, '绿化街道93条。'),
  entry('cases', 'b', { region: ref('regions', 'tongliao'), citations: [cite('赴试点单位开展调研指导70余次')] }),
];

describe('buildGraph', () => {
  const graph = buildGraph(corpus);

  it('records outgoing and incoming links with their field', () => {
    expect(graph.outgoing.get('cases/a')).toContainEqual({ from: 'cases/a', to: 'models/wuwei', field: 'links.models' });
    expect(graph.incoming.get('regions/tongliao')?.map((e) => e.from)).toEqual(['cases/a', 'cases/b']);
  });

  it('groups backlinks by kind', () => {
    expect(linksTo(graph, 'models/wuwei')).toEqual([{ kind: 'cases', label: '案例', entries: [corpus[3]] }]);
    expect(linksFrom(graph, 'cases/a').map((g) => g.kind)).toEqual(['models', 'regions', 'sources']);
  });

  it('finds referrers through one field', () => {
    expect(referrers(graph, keyOf('regions', 'tongliao'), 'region', 'cases')).toEqual(['cases/a', 'cases/b']);
  });

  it('gives the entries linked either way as neighbours', () => {
    expect([...graph.neighbours.get('cases/a')!].sort()).toEqual(['models/wuwei', 'regions/tongliao', 'sources/tongliao-pilot-2023']);
    expect([...graph.neighbours.get('regions/tongliao')!]).toEqual(['cases/a', 'cases/b']);
  });

  it('indexes citations by entry and by source, in order', () => {
    expect(graph.citations.get('cases/a')).toEqual([{ entry: 'cases/a', source: 'tongliao-pilot-2023', quote: '绿化街道93条', note: undefined, index: 0, field: 'citations' }]);
    expect(graph.citationsBySource.get('tongliao-pilot-2023')).toHaveLength(3);
  });

  it('reports no problem for a sound corpus', () => {
    expect(graph.problems).toEqual([]);
  });

  it('reports an unknown reference with the file, field and a suggestion', () => {
    const broken = buildGraph([...corpus, entry('cases', 'c', { region: ref('regions', 'tongliao'), links: { models: [ref('models', 'wuwie')] }, citations: [cite('五微')] })]);
    expect(broken.problems).toEqual([
      { filePath: 'content/cases/c.mdx', field: 'links.models', message: '引用了不存在的工作模式「wuwie」。是不是想写「wuwei」？' },
    ]);
    expect(formatProblems(broken.problems)).toContain('content/cases/c.mdx\n  · links.models：引用了不存在的工作模式「wuwie」');
  });

  it('reports a number that no quote of the entry contains', () => {
    const broken = buildGraph([...corpus, entry('cases', 'd', { citations: [cite('绿化街道93条')] }, '绿化街道93条，惠及4.9万人。')]);
    expect(broken.problems.map((p) => p.message)).toEqual([expect.stringContaining('数字 4.9 没有出现在本条目的任何引文中')]);
  });

  it('checks closed sets both ways', () => {
    const problems = buildGraph(corpus, { regions: ['tongliao', 'chifeng'] }).problems.map((p) => p.message);
    expect(problems).toEqual([expect.stringContaining('缺少盟市「chifeng」的条目文件')]);
    const extra = buildGraph(corpus, { regions: ['tongliaoo'] }).problems.map((p) => p.message);
    expect(extra).toContainEqual(expect.stringContaining('「tongliao」不在固定的盟市集合中。是不是想写「tongliaoo」？'));
  });
});

describe('buildGraph with the sources’ full texts', () => {
  const texts = new Map([['tongliao-pilot-2023', prepareSource('绿化街道93条，赴试点单位开展调研指导70余次。\n探索“五微五进”模式。')]]);

  it('passes quotes found in their source, and 「」 phrases that are source words or entry names', () => {
    const named = entry('cases', 'e', { citations: [cite('五微五进')] }, '「五微五进」和「models:wuwei」。');
    expect(buildGraph([...corpus, named], {}, texts).problems).toEqual([]);
  });

  it('names the file, the field with its position, and the closest passage of a quote not in its source', () => {
    const wrong = entry('cases', 'f', { citations: [cite('五微五进'), cite('赴试点单位开展调研指导80余次')] });
    expect(buildGraph([...corpus, wrong], {}, texts).problems).toEqual([
      {
        filePath: 'content/cases/f.mdx',
        field: 'citations[1].quote',
        message: expect.stringContaining('原文最接近的是：「赴试点单位开展调研指导70余次」'),
      },
    ]);
  });

  it('rejects a 「」 phrase no cited source says, suggesting other marks', () => {
    const invented = entry('cases', 'g', { summary: '讲「党支部带着干」', citations: [cite('五微五进')] });
    const [problem] = buildGraph([...corpus, invented], {}, texts).problems;
    expect(problem).toMatchObject({ filePath: 'content/cases/g.mdx', field: 'summary', excerpt: '「党支部带着干」' });
    expect(problem!.message).toMatch(/“党支部带着干”.*\*\*党支部带着干\*\*/);
  });

  it('reports a source entry without its full text', () => {
    const extra = entry('sources', 'baotou-2025');
    expect(missingSourceTexts([...corpus, extra], texts, '/srv/sources')).toEqual([
      { filePath: 'content/sources/baotou-2025.mdx', field: '（来源全文）', message: expect.stringContaining('/srv/sources/baotou-2025.txt') },
    ]);
  });
});
