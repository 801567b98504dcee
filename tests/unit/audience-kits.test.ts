import { describe, expect, it } from 'vitest';
import type { GraphEntry } from '../../src/lib/graph';
import type { Kind } from '../../src/core/kinds';
import { contentIndex } from '../support/content-index';
import { audienceKit, audienceKits } from '../../src/lib/audience-kits';
import { READY_PER_KIND, statementOutline } from '../../src/lib/basket/ready-outlines';

const ref = (collection: Kind, id: string) => ({ collection, id });
const links = (l: Partial<Record<Kind, string[]>>) =>
  Object.fromEntries(Object.entries(l).map(([kind, ids]) => [kind, ids.map((id) => ref(kind as Kind, id))]));
const entry = (kind: Kind, id: string, data: Record<string, unknown> = {}): GraphEntry => ({ kind, id, title: `${kind}:${id}`, summary: '', filePath: '', data });


const index = contentIndex([
  entry('statements', 's1', { links: links({ stories: ['t1', 't2', 't3', 't4'], carriers: ['k1'], methods: ['m1'] }) }),
  entry('statements', 's2'),
  entry('domains', 'farm', { audiences: ['herders'], links: links({ carriers: ['k1', 'k2'], methods: ['m1'], stories: ['t3'] }) }),
  entry('domains', 'town', { audiences: ['residents'] }),
  entry('carriers', 'k1', { audiences: ['herders'] }),
  entry('carriers', 'k2'),
  entry('carriers', 'k3', { audiences: ['herders', 'students'] }),
  entry('carriers', 'k4', { audiences: ['students'] }),
  entry('methods', 'm1', { audiences: ['herders', 'residents'], formats: ['入户走访', '「算炕头账」'] }),
  entry('methods', 'm2', { audiences: ['residents'], formats: ['板凳聊家常'] }),
  entry('stories', 't1'),
  entry('stories', 't2', { audiences: ['herders'] }),
  entry('stories', 't3', { audiences: ['herders'] }),
  entry('stories', 't4'),
  entry('stories', 't5', { links: links({ statements: ['s1'] }), audiences: ['herders'] }),
  entry('cases', 'c1', { domains: [ref('domains', 'farm')] }),
  entry('cases', 'c2', { domains: [ref('domains', 'town')], links: links({ statements: ['s1'] }) }),
  entry('glossary', 'g1', { audiences: ['herders'] }),
]);

const keys = (entries: GraphEntry[]) => entries.map((e) => `${e.kind}/${e.id}`);

describe('statementOutline', () => {
  it('takes the statement and up to READY_PER_KIND linked stories, cases, carriers and methods, its own links first', () => {
    expect(READY_PER_KIND).toBe(3);
    expect(statementOutline(index, 'statements/s1')).toEqual([
      'statements/s1',
      'stories/t1',
      'stories/t2',
      'stories/t3',
      'cases/c2',
      'carriers/k1',
      'methods/m1',
    ]);
  });

  it('is just the statement when nothing links with it', () => {
    expect(statementOutline(index, 'statements/s2')).toEqual(['statements/s2']);
  });
});

describe('audienceKit', () => {
  const herders = audienceKit(index, 'herders');

  it('finds the playbook by the domain’s audiences', () => {
    expect(herders.label).toBe('农牧民');
    expect(keys(herders.playbooks)).toEqual(['domains/farm']);
  });

  it('lists entries marked for the audience or linked with its playbook, those with both first', () => {
    expect(herders.groups.map((g) => [g.label, keys(g.entries)])).toEqual([
      ['载体', ['carriers/k1', 'carriers/k2', 'carriers/k3']],
      ['方法', ['methods/m1']],
      ['典型与文艺', ['stories/t3', 'stories/t2', 'stories/t5']],
      ['案例', ['cases/c1']],
      ['术语', ['glossary/g1']],
    ]);
  });

  it('takes formats from the suited methods', () => {
    expect(herders.formats.map((f) => [f.text, f.method.id])).toEqual([
      ['入户走访', 'm1'],
      ['「算炕头账」', 'm1'],
    ]);
  });

  it('builds a starter set of the playbook and the best one of each kind', () => {
    expect(herders.starter).toEqual(['domains/farm', 'carriers/k1', 'methods/m1', 'stories/t3', 'cases/c1']);
  });

  it('builds a kit for each of the six audiences, empty groups left out', () => {
    const kits = audienceKits(index);
    expect(kits.map((k) => k.label)).toEqual(['农牧民', '社区居民', '机关干部', '学生', '企业职工', '新就业群体']);
    const students = kits.find((k) => k.id === 'students')!;
    expect(students.playbooks).toEqual([]);
    expect(students.groups.map((g) => [g.kind, keys(g.entries)])).toEqual([['carriers', ['carriers/k3', 'carriers/k4']]]);
    expect(kits.find((k) => k.id === 'gig-workers')!.starter).toEqual([]);
  });
});
