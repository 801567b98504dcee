import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import type { Kind } from '../../src/core/kinds';
import { NOT_NAMES, buildNameTable, findMentions, loadNamedEntries, nameIndex, namesOf, type NamedEntry } from '../../src/lib/entry-names';

const FIXTURES = resolve('tests/fixtures/glossary');
const term = (id: string, title: string, aliases: string[] = []): NamedEntry => ({ kind: 'glossary', id, title, aliases, term: { summary: `${title}。`, unverified: false } });
const entry = (kind: Kind, id: string, title: string, aliases: string[] = [], parts?: string[]): NamedEntry => ({ kind, id, title, aliases, ...(parts ? { parts } : {}) });
const pairs = (table: ReturnType<typeof buildNameTable>) => table.map((n) => [n.name, `${n.target.kind}/${n.target.id}`]);

describe('namesOf', () => {
  it('keeps every glossary name of two characters or more', () => {
    expect(namesOf(term('mofan', '模范', ['榜样', '嘎']))).toEqual(['模范', '榜样']);
  });

  it('drops short aliases, a model’s parts and listed non-names from other kinds', () => {
    const model = entry('models', 'wuwei', '城镇社区「五微五进五评」工作模式', ['五微五进五评', '五微', '微党课进社区', '三大行动'], ['微党课进社区']);
    expect(namesOf(model)).toEqual(['城镇社区「五微五进五评」工作模式', '五微五进五评']);
    expect(NOT_NAMES.has('三大行动')).toBe(true);
  });

  it('names a domain by its title only: its aliases are everyday words', () => {
    expect(namesOf(entry('domains', 'chengzhen-shequ', '城镇社区', ['社区', '城市社区']))).toEqual(['城镇社区']);
  });
});

describe('buildNameTable', () => {
  it('orders names longest first and maps each alias to its entry', () => {
    const table = buildNameTable([term('mofan', '模范', ['榜样']), term('qige', '七个作模范'), entry('models', 'wuwei', '五微五进五评', ['五微五进'])]);
    expect(pairs(table)).toEqual([
      ['五微五进五评', 'models/wuwei'],
      ['七个作模范', 'glossary/qige'],
      ['五微五进', 'models/wuwei'],
      ['榜样', 'glossary/mofan'],
      ['模范', 'glossary/mofan'],
    ]);
  });

  it('drops names two entries of the same standing share and names of one character', () => {
    const table = buildNameTable([term('a', '兴安盟「五个一」', ['五个一', '嘎']), term('b', '农村「五个一」', ['五个一'])]);
    expect(table.map((n) => n.name)).toEqual(['兴安盟「五个一」', '农村「五个一」']);
    const models = buildNameTable([entry('models', 'a', '赤峰「比武争星」', ['比武争星']), entry('models', 'b', '清水河「比武争星」', ['比武争星'])]);
    expect(models.map((n) => n.name)).not.toContain('比武争星');
  });

  it('gives a name shared by a glossary term and another entry to the term', () => {
    const table = buildNameTable([entry('models', 'hongse-wuye', '赤峰市「红色物业」创建', ['红色物业']), term('hongse-wuye', '红色物业')]);
    expect(pairs(table)).toEqual([
      ['赤峰市「红色物业」创建', 'models/hongse-wuye'],
      ['红色物业', 'glossary/hongse-wuye'],
    ]);
    expect(table[1]!.target.term).toEqual({ summary: '红色物业。', unverified: false });
  });

  it('counts an entry once when its title and alias are the same name', () => {
    expect(pairs(buildNameTable([entry('stories', 'wulanmuqi', '乌兰牧骑', ['乌兰牧骑'])]))).toEqual([['乌兰牧骑', 'stories/wulanmuqi']]);
  });
});

describe('findMentions', () => {
  const index = nameIndex(buildNameTable([term('mofan', '模范'), term('qige', '七个作模范'), entry('models', 'wuwei', '五微五进五评', ['五微五进'])]));
  const found = (text: string, skip: string[] = []) => findMentions(text, index, new Set(skip)).map((m) => [text.slice(m.start, m.end), m.name.target.id]);

  it('takes the longest name at each position and each entry once', () => {
    expect(found('五微五进五评和五微五进，争当模范、模范')).toEqual([['五微五进五评', 'wuwei'], ['模范', 'mofan']]);
  });

  it('lets a skipped entry claim its text, so a shorter name inside it is not matched', () => {
    expect(found('七个作模范里的模范', ['glossary/qige'])).toEqual([['模范', 'mofan']]);
    expect(found('七个作模范', ['glossary/qige'])).toEqual([]);
  });

  it('skips the page’s own entry and entries already linked', () => {
    expect(found('五微五进五评', ['models/wuwei'])).toEqual([]);
  });

  it('gives offsets in the text, for UTF-16 text with names anywhere', () => {
    const [mention] = findMentions('讲「五微五进」', index, new Set());
    expect([mention!.start, mention!.end]).toEqual([2, 6]);
  });
});

describe('loadNamedEntries', () => {
  it('reads every named kind, YAML and MDX frontmatter, and skips files without a title', () => {
    const entries = loadNamedEntries(join(FIXTURES, 'content'));
    expect(entries.map((t) => `${t.kind}/${t.id}`)).not.toContain('glossary/broken');
    expect(entries.find((t) => t.id === 'suan-kangtou-zhang')).toEqual({
      kind: 'glossary',
      id: 'suan-kangtou-zhang',
      title: '算炕头账',
      aliases: ['炕头账'],
      term: { summary: '入户同农牧民算家庭收入和惠民补贴的账', unverified: false },
    });
    expect(entries.find((t) => t.id === 'gacha')?.term?.unverified).toBe(true);
    expect(entries.find((t) => t.kind === 'models' && t.id === 'wuwei-wujin-wuping')).toMatchObject({ parts: ['微党课进社区', '微宣讲进小区'] });
    expect(entries.find((t) => t.kind === 'domains')).toEqual({ kind: 'domains', id: 'chengzhen-shequ', title: '城镇社区', aliases: ['社区', '小区'] });
  });

  it('finds nothing when the content folder has no named kinds yet', () => {
    expect(loadNamedEntries(join(FIXTURES, 'cases'))).toEqual([]);
  });
});
