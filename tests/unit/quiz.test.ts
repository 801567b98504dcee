import { describe, expect, it } from 'vitest';
import type { GraphEntry } from '../../src/lib/graph';
import type { Kind } from '../../src/core/kinds';
import { contentIndex } from '../support/content-index';
import { OPTIONS_PER_QUESTION, TERM_MASK, buildQuiz, seededShuffle } from '../../src/lib/quiz';

const entry = (kind: Kind, id: string, title: string, data: Record<string, unknown> = {}, summary = ''): GraphEntry => ({ kind, id, title, summary, filePath: '', data });
const domain = (id: string) => ({ collection: 'domains', id });

const statementTexts = ['内蒙古是最早建立党组织的', '是中央直接领导的', '是在党中央的支持下发展起来的', '是党帮助纠正偏差的', '新时代发展成就', '模范自治区在听党话'];
const index = contentIndex([
  ...statementTexts.map((text, i) => entry('statements', `s${i + 1}`, `第${i + 1}句`, { text })),
  entry('glossary', 'haolaibao', '好来宝', { aliases: ['好力宝'] }, '蒙古族说唱艺术；宣讲队演唱好来宝、好力宝'),
  entry('glossary', 'kuaibanshu', '快板书', {}, '用快板伴奏的说唱'),
  entry('glossary', 'sanjuban', '三句半', {}, '四人表演的曲艺'),
  entry('glossary', 'meng-a', '盟', {}, '内蒙古的地级行政区'),
  entry('glossary', 'meng-b', '盟', {}, '结盟'),
  entry('domains', 'nongcun-muqu', '农村牧区'),
  entry('domains', 'chengzhen-shequ', '城镇社区'),
  entry('domains', 'xuexiao', '学校'),
  entry('models', 'wuwei', '五微五进五评', { domains: [domain('chengzhen-shequ')] }),
  entry('models', 'wugeyi-a', '五个一', { domains: [domain('nongcun-muqu')] }),
  entry('models', 'wugeyi-b', '五个一', { domains: [domain('xuexiao')] }),
  entry('models', 'nowhere', '无领域模式'),
]);
const quiz = buildQuiz(index);
const section = (id: string) => quiz.find((s) => s.id === id)!;
const rightAnswer = (q: { options: string[]; answer: number }) => q.options[q.answer];

describe('seededShuffle', () => {
  it('is a permutation, stable for a seed and different across seeds', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = seededShuffle(items, 'order-1');
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(seededShuffle(items, 'order-1')).toEqual(a);
    expect(seededShuffle(items, 'order-2')).not.toEqual(a);
  });
});

describe('buildQuiz', () => {
  it('asks for each of the 六句话 in order, with the statement as the answer', () => {
    const order = section('order').questions;
    expect(order.map((q) => q.prompt)).toEqual(['一', '二', '三', '四', '五', '六'].map((n) => `「六句话」的第${n}句是？`));
    expect(order.map(rightAnswer)).toEqual(statementTexts);
    expect(order[2]!.entry).toEqual({ title: '第3句', url: '/statements/s3/' });
  });

  it('gives each question distinct options, at most OPTIONS_PER_QUESTION, the answer among them', () => {
    for (const q of quiz.flatMap((s) => s.questions)) {
      expect(new Set(q.options).size).toBe(q.options.length);
      expect(q.options.length).toBeLessThanOrEqual(OPTIONS_PER_QUESTION);
      expect(q.options.length).toBeGreaterThan(1);
      expect(q.answer).toBeGreaterThanOrEqual(0);
    }
  });

  it('asks term → definition with the term and its aliases masked out of every option', () => {
    const q = section('term').questions.find((x) => x.id === 'term-haolaibao')!;
    expect(q.prompt).toBe('「好来宝」指的是？');
    expect(rightAnswer(q)).toBe(`蒙古族说唱艺术；宣讲队演唱${TERM_MASK}、${TERM_MASK}`);
    expect(q.entry.url).toBe('/glossary/haolaibao/');
  });

  it('never offers the other meaning of a shared label as a wrong answer', () => {
    const q = section('term').questions.find((x) => x.id === 'term-meng-a')!;
    expect(q.options).not.toContain('结盟');
  });

  it('asks model → domain, skipping models without a domain and never offering a same-named model’s domain', () => {
    const model = section('model').questions;
    expect(model.map((q) => q.id)).toEqual(['model-wuwei', 'model-wugeyi-a', 'model-wugeyi-b']);
    const a = model[1]!;
    expect(rightAnswer(a)).toBe('农村牧区');
    expect(a.options).not.toContain('学校');
  });

  it('builds the same quiz every time', () => {
    expect(buildQuiz(index)).toEqual(quiz);
  });
});
