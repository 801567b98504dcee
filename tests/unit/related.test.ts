import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphEntry } from '../../src/lib/graph';
import { relatedEntries } from '../../src/lib/related';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (kind: GraphEntry['kind'], id: string, data: Record<string, unknown> = {}): GraphEntry => ({
  kind,
  id,
  title: `${kind}:${id}`,
  summary: '',
  filePath: `content/${kind}/${id}.mdx`,
  data,
});
const aCase = (id: string, region: string, domains: string[], links: Record<string, ReturnType<typeof ref>[]> = {}) =>
  entry('cases', id, { region: ref('regions', region), domains: domains.map((d) => ref('domains', d)), links });

const graph = buildGraph([
  entry('regions', 'r1'),
  entry('regions', 'r2'),
  entry('domains', 'd1'),
  entry('domains', 'd2'),
  entry('statements', 's1'),
  entry('models', 'm1', { domains: [ref('domains', 'd1')], regions: [ref('regions', 'r1')] }),
  aCase('a', 'r1', ['d1'], { models: [ref('models', 'm1')], statements: [ref('statements', 's1')] }),
  aCase('same-model-domain-region', 'r1', ['d1'], { models: [ref('models', 'm1')] }),
  aCase('same-statement-and-domain', 'r2', ['d1'], { statements: [ref('statements', 's1')] }),
  entry('guides', 'same-model', { links: { models: [ref('models', 'm1')] } }),
  aCase('same-region-only', 'r1', ['d2']),
  aCase('links-to-a', 'r1', ['d1'], { cases: [ref('cases', 'a')], models: [ref('models', 'm1')] }),
  aCase('r2-d2', 'r2', ['d2']),
  entry('stories', 'alone'),
]);

const related = (key: string, limit?: number) => relatedEntries(graph, key, limit).map((r) => [r.entry.id, r.shared.map((s) => s.id)]);

describe('relatedEntries', () => {
  it('ranks by shared model, statement, domain and region, and leaves out what is already linked', () => {
    expect(related('cases/a')).toEqual([
      ['same-model-domain-region', ['m1', 'd1', 'r1']],
      ['same-statement-and-domain', ['s1', 'd1']],
      ['same-model', ['m1']],
      ['same-region-only', ['r1']],
    ]);
  });

  it('stops at the limit', () => {
    expect(related('cases/a', 2).map(([id]) => id)).toEqual(['same-model-domain-region', 'same-statement-and-domain']);
  });

  it('never suggests regions, domains or sources, and finds nothing for an unconnected entry', () => {
    expect(related('models/m1').map(([id]) => id)).not.toContain('r2');
    expect(related('cases/r2-d2')).toEqual([
      ['same-region-only', ['d2']],
      ['same-statement-and-domain', ['r2']],
    ]);
    expect(related('stories/alone')).toEqual([]);
  });
});
