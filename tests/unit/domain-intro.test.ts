import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/core/kinds';
import { buildGraph, type GraphEntry } from '../../src/lib/graph';
import { guideSteps, ownModels } from '../../src/lib/domain-intro';

const ref = (collection: Kind, id: string) => ({ collection, id });
const cite = (quote: string) => ({ source: ref('sources', 'pilot'), quote });
const entry = (kind: Kind, id: string, title: string, data: Record<string, unknown> = {}, body?: string): GraphEntry => ({ kind, id, title, summary: '', filePath: `content/${kind}/${id}.mdx`, data: { title, ...data }, body });

describe('ownModels', () => {
  const domain = entry('domains', 'shequ', '城镇社区', { citations: [cite('在城镇社区，实施“五微五进五评”工作模式'), cite('红色物业 覆盖小区')] }, '通辽的「五微五进五评」可照着做；另见四季服务。');
  const graph = buildGraph([
    entry('sources', 'pilot', '通辽试点'),
    domain,
    entry('models', 'hongse-wuye', '赤峰市「红色物业」创建', { domains: [ref('domains', 'shequ')], citations: [cite('红色物业覆盖小区')] }),
    entry('models', 'wuwei', '城镇社区「五微五进五评」工作模式', { aliases: ['五微五进五评', '五微'], domains: [ref('domains', 'shequ')], citations: [cite('别的原话')] }),
    entry('models', 'siji', '中山西路街道「四季服务」', { aliases: ['四季服务'], domains: [ref('domains', 'other')], citations: [cite('别的原话')] }),
    entry('models', 'local', '某街道「四级组织体系」', { domains: [ref('domains', 'shequ')], citations: [cite('某街道原话')] }),
  ]);

  it('keeps models filed under the domain that its text names or whose quote it shares, named ones first', () => {
    expect(ownModels(graph, domain).map((m) => m.id)).toEqual(['wuwei', 'hongse-wuye']);
  });

  it('finds none for a domain nothing is filed under', () => {
    expect(ownModels(graph, entry('domains', 'empty', '新兴领域', {}, '无。'))).toEqual([]);
  });
});

describe('guideSteps', () => {
  it('takes the bold names of the first numbered list of steps and the heading above it', () => {
    const body = ['## 时间表', '', '- **集中阶段**：冬季。', '', '## 一个单位怎么推进', '', '1. **定方案**：分领域。', '   续行。', '2. **先学**：支部先学。', '', '3. **党员先动**：示范。', '', '通辽把这称为涟漪效应。', '', '1. **别的列表**：不算。'].join('\n');
    expect(guideSteps(body)).toEqual({ heading: '一个单位怎么推进', steps: ['定方案', '先学', '党员先动'] });
  });

  it('skips numbered lists without step names and finds nothing in a guide without steps', () => {
    expect(guideSteps('## 原则\n\n1. 坚持。\n2. 坚持。\n')).toBeUndefined();
  });
});
