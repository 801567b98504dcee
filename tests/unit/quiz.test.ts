import { describe, expect, it } from 'vitest';
import type { GraphEntry } from '../../src/lib/graph';
import type { Kind } from '../../src/core/kinds';
import { contentIndex } from '../support/content-index';
import { loadContent } from '../support/load-content';
import { OPTIONS_PER_QUESTION, TERM_MASK, buildQuiz, maskPieces, pieces, seededShuffle, type QuizQuestion } from '../../src/lib/quiz';

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
  entry('glossary', 'hongse-wuye', '红色物业', {}, '党建引领物业服务的做法'),
  entry('domains', 'nongcun-muqu', '农村牧区', { aliases: ['村'], exemplar: '乡村振兴的模范', teachingThrough: '寓教于帮富带富', awards: [{ items: ['致富能手', '文明乡贤'] }] }),
  entry('domains', 'chengzhen-shequ', '城镇社区', {
    aliases: ['社区'],
    exemplar: '文明创建的模范',
    teachingThrough: '寓教于服务解忧',
    comparisons: [{ items: ['比素质', '比贡献'] }],
    awards: [{ items: ['文明家庭', '身边好邻居'] }, { items: ['最美家庭'] }],
  }),
  entry('domains', 'xuexiao', '学校', { exemplar: '强国有我的模范', comparisons: [{ items: ['比品德', '比学习'] }], awards: [{ items: ['最美家庭'] }] }),
  entry('domains', 'guoyou-qiye', '国有企业', { exemplar: '爱岗敬业的模范' }),
  entry('models', 'wuwei', '城镇社区「五微五进五评」工作模式', { aliases: ['五微五进五评'], domains: [domain('chengzhen-shequ')] }),
  entry('models', 'hongqicun', '五面红旗村', { aliases: ['红旗村'], domains: [domain('nongcun-muqu')] }),
  entry('models', 'wugeyi-a', '五个一', { domains: [domain('nongcun-muqu')] }),
  entry('models', 'wugeyi-b', '五个一', { domains: [domain('xuexiao')] }),
  entry('models', 'nowhere', '无领域模式'),
  entry('carriers', 'fazhanzhang', '一本发展账', { audiences: ['herders', 'residents'] }),
  entry('carriers', 'sizheng', '一套学生思政讲义', { audiences: ['students'] }),
  entry('carriers', 'dianxing', '一批先进典型', { audiences: ['herders', 'students', 'workers'] }),
  entry('carriers', 'huiminka', '一张惠民卡', { audiences: ['herders'] }),
  entry('stories', 'xuefeng', '雷锋精神', { audiences: ['workers'] }),
  entry('methods', 'fenxiang', '分享式自我教育', { formats: ['「墙根唠嗑」', '快板书'] }),
  entry('methods', 'mianduimian', '面对面引领教育', { formats: ['入户走访', '快板书'] }),
  entry('methods', 'fenzhong', '分众式学习教育', { formats: ['村史馆学习'] }),
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

  it('asks a model by a name that does not name its domain, and not at all if every name does', () => {
    const q = section('model').questions.find((x) => x.id === 'model-wuwei')!;
    expect(q.prompt).toBe('「五微五进五评」是哪个领域的工作模式？');
    expect(rightAnswer(q)).toBe('城镇社区');
    // 五面红旗村 and 红旗村 both contain the domain's alias 村.
    expect(section('model').questions.map((x) => x.id)).not.toContain('model-hongqicun');
  });

  it('masks the pieces of a term in its definition, so the stem does not match the answer', () => {
    const q = section('term').questions.find((x) => x.id === 'term-hongse-wuye')!;
    expect(rightAnswer(q)).toBe(`党建引领${TERM_MASK}服务的做法`);
  });

  it('asks what each domain strives for, compares, awards and teaches through, from its own fields', () => {
    const byId = new Map(section('domain').questions.map((q) => [q.id, q]));
    expect(rightAnswer(byId.get('exemplar-chengzhen-shequ')!)).toBe('文明创建的模范');
    expect(byId.get('exemplar-chengzhen-shequ')!.prompt).toBe('在「城镇社区」，争当的是哪一种模范？');
    expect(rightAnswer(byId.get('comparisons-chengzhen-shequ')!)).toBe('比素质、比贡献');
    expect(rightAnswer(byId.get('teaching-nongcun-muqu')!)).toBe('帮富带富');
    expect(byId.get('teaching-nongcun-muqu')!.entry.url).toBe('/domains/nongcun-muqu/');
    // 学校's award list equals 城镇社区's second list: not a wrong answer to 城镇社区's question.
    expect(byId.get('awards-chengzhen-shequ')!.options).not.toContain('最美家庭');
    expect(byId.has('comparisons-nongcun-muqu')).toBe(false);
  });

  it('asks which carrier or story suits an audience, and which method a format belongs to', () => {
    const byId = new Map(section('audience').questions.map((q) => [q.id, q]));
    const students = byId.get('carriers-for-students')!;
    expect(students.prompt).toBe('给「学生」宣讲，哪种载体是本手册标明适合他们的？');
    // The most specific fit, 一套学生思政讲义, would share 学生 with the stem: the next fit is asked instead.
    expect(rightAnswer(students)).toBe('一批先进典型');
    expect(students.options).not.toContain('一套学生思政讲义');
    expect([...students.options].sort()).toEqual(['一张惠民卡', '一批先进典型', '一本发展账']);
    // Only one carrier is not marked for 农牧民: a coin toss, not asked.
    expect(byId.has('carriers-for-herders')).toBe(false);
    expect(byId.has('stories-for-workers')).toBe(false);
    const format = byId.get('format-fenxiang-1')!;
    expect(format.prompt).toBe('「墙根唠嗑」属于哪种教育方式？');
    expect(rightAnswer(format)).toBe('分享式自我教育');
    // 快板书 belongs to two methods: neither is offered as wrong for the other.
    expect(byId.get('format-fenxiang-2')!.options).not.toContain('面对面引领教育');
    expect(byId.get('format-mianduimian-2')!.options).not.toContain('分享式自我教育');
    // 「村史馆学习」 shares 学习 with 分众式学习教育 and no other option.
    expect(byId.has('format-fenzhong-1')).toBe(false);
  });

  it('builds the same quiz every time', () => {
    expect(buildQuiz(index)).toEqual(quiz);
  });
});

describe('pieces and maskPieces', () => {
  it('takes runs of two letters or digits, broken by punctuation and masks', () => {
    expect([...pieces('「五微」进〇〇评')]).toEqual(['五微']);
    expect(maskPieces('党建引领物业服务，物业管理', pieces('红色物业'))).toBe(`党建引领${TERM_MASK}服务，${TERM_MASK}管理`);
    expect(maskPieces(`用${TERM_MASK}交卷`, pieces('用盆景交卷'))).toBe(`用${TERM_MASK}`);
  });
});

/** Two-character stretches of the right option found in the stem but in no wrong option: what gives an answer away. */
function giveaways(q: QuizQuestion): string[] {
  const right = q.options[q.answer]!;
  const wrong = q.options.filter((_, i) => i !== q.answer);
  const found: string[] = [];
  for (let i = 0; i + 1 < right.length; i++) {
    const two = right.slice(i, i + 2);
    if (/^[\p{L}\p{N}]{2}$/u.test(two) && !two.includes(TERM_MASK[0]!) && q.prompt.includes(two) && !wrong.some((w) => w.includes(two))) found.push(two);
  }
  return found;
}

describe('the quiz built from the handbook', async () => {
  const { entries } = await loadContent('content');
  const real = buildQuiz(contentIndex(entries));
  const all = real.flatMap((s) => s.questions);
  const domainNames = entries.filter((e) => e.kind === 'domains').map((e) => ({ title: e.title, aliases: (e.data as { aliases?: string[] }).aliases ?? [] }));

  it('asks every kind of question', () => {
    expect(real.map((s) => s.id)).toEqual(['order', 'term', 'model', 'domain', 'audience']);
  });

  it('never gives the answer away in the stem', () => {
    const leaks = all.flatMap((q) => {
      const right = q.options[q.answer]!;
      const found = giveaways(q);
      return q.prompt.includes(right) || found.length > 0 ? [`${q.id}: ${q.prompt} → ${right} (${found.join('、')})`] : [];
    });
    expect(leaks).toEqual([]);
  });

  it('never names a model’s domain, or any of that domain’s aliases, in the model question', () => {
    const leaks = real
      .find((s) => s.id === 'model')!
      .questions.filter((q) => domainNames.some((d) => d.title === q.options[q.answer] && [d.title, ...d.aliases].some((n) => q.prompt.includes(n))));
    expect(leaks.map((q) => q.prompt)).toEqual([]);
  });

  it('has unique question ids', () => {
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
  });
});
