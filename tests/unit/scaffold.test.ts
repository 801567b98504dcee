import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { checkAnswer, QUESTIONS, scaffoldFile, suggestId, type ScaffoldKind } from '../../src/lib/scaffold';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { createSchemas } from '../../src/schemas';
import { plainReference } from '../../src/lib/content-check';

const schemas = createSchemas(plainReference);

const answers: Record<string, string> = {
  title: '包头市社区入户宣讲',
  summary: '社区党组织组织宣讲员入户宣讲',
  source: 'nmg-grassroots-page-2023',
  quote: '在村民曹美蓉家中',
  region: '包头市',
  domains: 'chengzhen-shequ，学校',
  date: '2023',
  order: '3',
  core: '否',
  text: '这是一句足够长的话，用来测试。',
  sourceGivesFacts: '是',
  definition: '释义',
  category: '典型',
  shortTitle: '包头报道',
  genre: '网络报道',
  publisher: '测试',
  fullText: '/tmp/x.txt',
};

describe('npm run new', () => {
  it.each(Object.keys(QUESTIONS) as ScaffoldKind[])('writes a %s file its schema accepts', async (kind) => {
    const { path, text } = scaffoldFile(kind, 'baotou-shequ', answers);
    expect(path).toMatch(new RegExp(`^${kind}/baotou-shequ\\.(mdx|yaml)$`));
    const data = path.endsWith('.yaml') ? load(text) : load(splitFrontmatter(text)!.yaml);
    const parsed = await schemas[kind].safeParseAsync(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('takes closed-set answers by Chinese label or id, and stores ids', () => {
    const data = load(splitFrontmatter(scaffoldFile('cases', 'x', answers).text)!.yaml) as Record<string, unknown>;
    expect(data.region).toBe('baotou');
    expect(data.domains).toEqual(['chengzhen-shequ', 'xuexiao']);
    expect(data.date).toBe('2023');
  });

  it('explains an unusable answer in Chinese', () => {
    const region = QUESTIONS.cases.find((q) => q.name === 'region')!;
    expect(checkAnswer(region, 'baotuo')).toMatch(/^「baotuo」不在可选范围内/);
    expect(checkAnswer(QUESTIONS.cases.find((q) => q.name === 'date')!, '2023-13')).toMatch(/日期请写成/);
    expect(checkAnswer(QUESTIONS.cases[0]!, '')).toBe('这一项必填。');
  });

  it('suggests an id from the title’s pinyin', () => {
    expect(suggestId('包头市社区入户宣讲')).toBe('bao-tou-shi-she-qu');
    expect(suggestId('ABC')).toBe('');
  });
});
