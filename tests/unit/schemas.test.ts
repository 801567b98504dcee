import { describe, expect, it } from 'vitest';
import { createSchemas } from '../../src/schemas';
import { fakeReference } from '../support/load-content';

const schemas = createSchemas(fakeReference);
const cite = [{ source: 'tongliao-pilot-2023', quote: '分领域形成10项特定模式' }];

const validCase = {
  title: '某案例',
  summary: '一句话概要',
  region: 'tongliao',
  domains: ['chengzhen-shequ'],
  date: '2023',
  citations: cite,
  links: { models: ['wuwei-wujin-wuping'] },
};

async function messages(kind: keyof typeof schemas, data: unknown): Promise<string[]> {
  const result = await schemas[kind].safeParseAsync(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('content schemas', () => {
  it('accepts a valid case and turns ids into typed references', async () => {
    const result = await schemas.cases.parseAsync(validCase);
    expect(result.region).toEqual({ collection: 'regions', id: 'tongliao' });
    expect(result.links.models).toEqual([{ collection: 'models', id: 'wuwei-wujin-wuping' }]);
    expect(result.links.statements).toEqual([]);
    expect(result.citations[0]!.source).toEqual({ collection: 'sources', id: 'tongliao-pilot-2023' });
  });

  it('names an unknown region with a nearest-match hint, in Chinese', async () => {
    expect(await messages('cases', { ...validCase, region: 'tongliau' })).toEqual([
      'region: 「tongliau」不是允许的值。是不是想写「tongliao」？',
    ]);
  });

  it('tells the editor to quote a number YAML read as a number', async () => {
    expect(await messages('cases', { ...validCase, date: 2023 })).toEqual([
      'date: 应为文字，但 YAML 把它读成了数字 2023。请给它加上引号，例如 "2023"。',
    ]);
  });

  it('tells the editor to quote a date YAML read as a date', async () => {
    const [message] = await messages('cases', { ...validCase, date: new Date('2021-11-26') });
    expect(message).toBe('date: 应为文字，但 YAML 把它读成了日期 2021-11-26。请给它加上引号，例如 "2021-11-26"。');
  });

  it('rejects a misspelt field instead of dropping it', async () => {
    expect(await messages('cases', { ...validCase, sumary: 'x' })).toEqual([
      'sumary: 「sumary」不是这类条目的字段。是不是想写「summary」？请改正拼写或删去这一行。',
    ]);
    expect(await messages('cases', { ...validCase, citations: [{ ...cite[0], qoute: 'x' }] })).toEqual([
      'citations.0.qoute: 「qoute」不是这类条目的字段。是不是想写「quote」？请改正拼写或删去这一行。',
    ]);
  });

  it('requires a citation on cases and models', async () => {
    expect(await messages('cases', { ...validCase, citations: [] })).toEqual(['citations: 至少需要 1 项，请补充。']);
    expect(await messages('models', { title: 'x', summary: 'y' })).toEqual(['citations: 缺少必填字段，应为列表。请补上这一项。']);
  });

  it('takes any source id: sources are content, and the graph checks the id exists', async () => {
    const result = await schemas.cases.parseAsync({ ...validCase, citations: [{ source: 'baotou-report-2025', quote: '四个字以上' }] });
    expect(result.citations[0]!.source).toEqual({ collection: 'sources', id: 'baotou-report-2025' });
  });

  it('rejects a malformed date and an unknown link kind', async () => {
    expect(await messages('cases', { ...validCase, date: '2023年' })).toEqual([
      'date: 「2023年」不是日期的写法。日期请写成 "2023"、"2023-04" 或 "2023-04-23"（月和日用两位数），并加引号。',
    ]);
    expect(await messages('cases', { ...validCase, links: { model: ['x'] } })).toEqual([
      'links.model: 「model」不是这类条目的字段。是不是想写「models」？请改正拼写或删去这一行。',
    ]);
  });

  it('names a month that does not exist', async () => {
    expect(await messages('cases', { ...validCase, date: '2023-13' })).toEqual([
      'date: 月份「13」不存在：月份只能是 01 到 12。请核对来源上的日期。日期请写成 "2023"、"2023-04" 或 "2023-04-23"（月和日用两位数），并加引号。',
    ]);
  });

  it('keeps glossary entries verified unless marked', async () => {
    const term = await schemas.glossary.parseAsync({ title: '嘎查', summary: '村', definition: '行政村', citations: cite });
    expect(term.unverified).toBe(false);
  });

  it('accepts sources without citations but with a quoted date', async () => {
    const source = { title: 't', shortTitle: 'st', genre: 'g', publisher: 'p', date: '2021-11-26', summary: 's' };
    expect(await messages('sources', source)).toEqual([]);
  });
});
