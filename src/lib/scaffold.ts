import { dump } from 'js-yaml';
import { pinyin } from 'pinyin-pro';
import { DOMAINS, REGIONS } from '../schemas/enums';
import { CLOSED_SETS } from './closed-sets';
import { ID_PATTERN } from './entry-ids';
import { kindLabel, type Kind } from '../core/kinds';

/**
 * What `npm run new` asks for each kind of entry, and the file it writes:
 * every field the schema requires, nothing invented. Regions and domains are
 * closed sets the site is built around, so they cannot be scaffolded.
 */

export type ScaffoldKind = Exclude<Kind, keyof typeof CLOSED_SETS>;
export const FIXED_KINDS = Object.keys(CLOSED_SETS) as Kind[];

export interface Question {
  /** The flag (`--region`) and the answer's key. */
  name: string;
  /** Asked in Chinese. */
  prompt: string;
  /** Allowed answers, when the field is a closed set. */
  choices?: readonly { id: string; label: string }[];
  /** Several answers, separated by commas. */
  many?: boolean;
  optional?: boolean;
  /** Checks an answer; returns a Chinese message when it is not usable. */
  invalid?: (answer: string) => string | undefined;
}

const positive = (answer: string) => (/^[1-9]\d*$/.test(answer) ? undefined : '请填一个正整数，例如 3。');
const yesNo = (answer: string) => (/^(是|否|true|false|y|n)$/i.test(answer) ? undefined : '请回答「是」或「否」。');
const datePattern = (answer: string) =>
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(answer) ? undefined : '日期请写成 2023、2023-04 或 2023-04-23。';

const COMMON: Question[] = [
  { name: 'title', prompt: '标题（正式提法照原文写）' },
  { name: 'summary', prompt: '一句话概要（90 字以内，显示在卡片和搜索结果上）', invalid: (a) => (a.length > 90 ? `概要有 ${a.length} 个字，请精简到 90 字以内。` : undefined) },
  { name: 'source', prompt: '引用的来源 id（content/sources/ 下的文件名，不带扩展名）' },
  { name: 'quote', prompt: '从该来源逐字摘录的一句原话（支撑标题和概要；其中的数字都要出现在原话里）', invalid: (a) => (a.length < 4 ? '原话至少 4 个字。' : undefined) },
];

export const QUESTIONS: Record<ScaffoldKind, Question[]> = {
  cases: [
    ...COMMON,
    { name: 'region', prompt: '所在盟市', choices: REGIONS },
    { name: 'domains', prompt: '所属领域（可多选，用逗号隔开）', choices: DOMAINS, many: true },
    { name: 'date', prompt: '日期（按来源能确定的精度：2023、2023-04 或 2023-04-23）', invalid: datePattern },
  ],
  models: [...COMMON],
  carriers: [...COMMON, { name: 'order', prompt: '排列顺序（正整数）', invalid: positive }, { name: 'core', prompt: '是否属于「七种载体」之一（是/否）', invalid: yesNo }],
  methods: [...COMMON, { name: 'order', prompt: '排列顺序（1 到 4）', invalid: (a) => positive(a) ?? (Number(a) > 4 ? '方法只有四种，顺序在 1 到 4 之间。' : undefined) }],
  statements: [
    ...COMMON,
    { name: 'order', prompt: '第几句话（1 到 6）', invalid: (a) => positive(a) ?? (Number(a) > 6 ? '只有六句话，请填 1 到 6。' : undefined) },
    { name: 'text', prompt: '这句话的原文全文', invalid: (a) => (a.length < 10 ? '原文至少 10 个字。' : undefined) },
    { name: 'sourceGivesFacts', prompt: '来源是否给出了这句话的史实（是/否）', invalid: yesNo },
  ],
  glossary: [...COMMON, { name: 'definition', prompt: '释义（只写来源说了的）' }],
  stories: [...COMMON, { name: 'category', prompt: '类别', choices: ['典型', '精神', '文艺作品'].map((c) => ({ id: c, label: c })) }],
  guides: [...COMMON, { name: 'order', prompt: '排列顺序（正整数）', invalid: positive }],
  sources: [
    { name: 'title', prompt: '来源标题（照原文，如《……》）' },
    { name: 'shortTitle', prompt: '简称（16 字以内，用在引文出处上）', invalid: (a) => (a.length > 16 ? '简称请在 16 字以内。' : undefined) },
    { name: 'genre', prompt: '文献类型（如 报纸专版、正式通知、网络报道）' },
    { name: 'publisher', prompt: '发布者（原文未印出时写「原文未印出」）' },
    { name: 'date', prompt: '日期（2021-11-26、2023-04 或 2023）', invalid: datePattern },
    { name: 'summary', prompt: '一句话概要（90 字以内）', invalid: (a) => (a.length > 90 ? `概要有 ${a.length} 个字，请精简到 90 字以内。` : undefined) },
    { name: 'fullText', prompt: '全文文件的路径（UTF-8 纯文本，将复制到来源全文文件夹）' },
  ],
};

export function isScaffoldKind(kind: string): kind is ScaffoldKind {
  return kind in QUESTIONS;
}

/** Why an answer cannot be used, or undefined when it can. */
export function checkAnswer(question: Question, answer: string): string | undefined {
  if (!answer) return question.optional ? undefined : '这一项必填。';
  if (question.choices) {
    const ids = question.choices.map((c) => c.id);
    const values = question.many ? splitList(answer) : [answer];
    const unknown = values.filter((v) => !ids.includes(v) && !question.choices!.some((c) => c.label === v));
    if (unknown.length) return `「${unknown.join('、')}」不在可选范围内。可选：${question.choices.map((c) => `${c.id}（${c.label}）`).join('、')}`;
  }
  return question.invalid?.(answer);
}

const splitList = (answer: string) => answer.split(/[,，、\s]+/).filter(Boolean);

/** A choice given by its Chinese label or its id, as its id. */
function choiceId(question: Question, value: string): string {
  return question.choices?.find((c) => c.label === value)?.id ?? value;
}

/** An id suggestion from the title: its pinyin, at most five syllables. */
export function suggestId(title: string): string {
  const han = (title.match(/\p{Script=Han}+/gu) ?? []).join('');
  const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true }).slice(0, 5);
  const id = syllables.join('-').toLowerCase().replace(/[^a-z0-9-]/g, '');
  return ID_PATTERN.test(id) ? id : '';
}

const BODY: Partial<Record<ScaffoldKind, string[]>> = {
  cases: ['背景', '做法', '成效', '可借鉴之处'],
  models: ['是什么', '怎么做', '适用于'],
  carriers: ['是什么', '怎么用'],
  methods: ['是什么', '怎么做'],
  statements: ['史实', '道理'],
  stories: ['来源所说'],
  guides: ['要点'],
};

const yes = (answer: string) => /^(是|true|y)$/i.test(answer);

/** The new file's path under the content folder and its text. */
export function scaffoldFile(kind: ScaffoldKind, id: string, answers: Record<string, string>): { path: string; text: string } {
  const questions = QUESTIONS[kind];
  const data: Record<string, unknown> = {};
  for (const q of questions) {
    const answer = answers[q.name] ?? '';
    if (!answer || q.name === 'source' || q.name === 'quote' || q.name === 'fullText') continue;
    if (q.many) data[q.name] = splitList(answer).map((v) => choiceId(q, v));
    else if (q.choices) data[q.name] = choiceId(q, answer);
    else if (q.name === 'order') data[q.name] = Number(answer);
    else if (q.name === 'core' || q.name === 'sourceGivesFacts') data[q.name] = yes(answer);
    else data[q.name] = answer;
  }
  if (kind !== 'sources') data.citations = [{ source: answers.source, quote: answers.quote }];
  const yaml = dump(data, { lineWidth: -1 });
  if (kind === 'sources' || kind === 'glossary') return { path: `${kind}/${id}.yaml`, text: yaml };
  const sections = (BODY[kind] ?? []).map((h) => `## ${h}\n\n{/* 在这里写${h}：只写来源说了的；数字要出现在引文里；「」只标来源原话。 */}\n`);
  return { path: `${kind}/${id}.mdx`, text: `---\n${yaml}---\n\n${sections.join('\n')}` };
}

export function kindPrompt(): string {
  return Object.keys(QUESTIONS)
    .map((k) => `${k}（${kindLabel(k as Kind)}）`)
    .join('、');
}
