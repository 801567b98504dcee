import { describe, expect, it } from 'vitest';
import { compareEntries, pinyinSortKey } from '../../src/lib/ordering';
import { createIdRegistry } from '../../src/lib/entry-ids';
import { chineseMessage } from '../../src/schemas/errors';
import { nearest } from '../../src/core/nearest';
import { formatDate } from '../../src/lib/facts';

describe('ordering', () => {
  it('sorts glossary titles by pinyin, ignoring brackets', () => {
    const titles = ['「三会一课」', '嘎查', '阿拉善', '主题党日'];
    const sorted = titles.map((title) => ({ title })).sort(compareEntries).map((t) => t.title);
    expect(sorted).toEqual(['阿拉善', '嘎查', '「三会一课」', '主题党日']);
    expect(pinyinSortKey('「三会一课」')).toBe('san1 hui4 yi1 ke4');
  });

  it('puts explicit order first and newer cases before older', () => {
    expect([{ title: 'b', order: 2 }, { title: 'a', order: 1 }].sort(compareEntries).map((e) => e.title)).toEqual(['a', 'b']);
    expect([{ title: 'x', date: '2021' }, { title: 'y', date: '2023-04' }].sort(compareEntries).map((e) => e.title)).toEqual(['y', 'x']);
  });
});

describe('entry ids', () => {
  it('takes the file name as the id and rejects a duplicate in another folder', () => {
    const idOf = createIdRegistry('cases');
    expect(idOf('tongliao/shidian.mdx')).toBe('shidian');
    expect(idOf('tongliao/shidian.mdx')).toBe('shidian');
    expect(() => idOf('chifeng/shidian.mdx')).toThrow('重复的条目 id「shidian」：cases/tongliao/shidian.mdx 和 cases/chifeng/shidian.mdx 同名');
  });

  it('rejects a file name that is not a readable ASCII slug', () => {
    expect(() => createIdRegistry('models')('五微五进.mdx')).toThrow('只能由小写字母、数字和连字符组成');
  });
});

describe('error helpers', () => {
  it('suggests only close matches', () => {
    expect(nearest('hongshubao', ['hongshubao-case', 'hongshubao2'])).toBe('hongshubao2');
    expect(nearest('xyz', ['hongshubao'])).toBeUndefined();
  });

  it('explains a too-long summary', () => {
    expect(chineseMessage({ code: 'too_big', origin: 'string', maximum: 90, input: 'x', path: [] } as never)).toContain('最多 90 个字');
  });

  it('formats dates in Chinese', () => {
    expect(formatDate('2023-04-23')).toBe('2023年4月23日');
    expect(formatDate('2021')).toBe('2021年');
  });
});
