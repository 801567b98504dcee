import { entryUrl } from '../core/kinds';
import { AUDIENCES } from '../schemas/enums';
import type { GraphEntry } from './graph';
import type { ContentIndex } from './basket/ready-outlines';

/**
 * The new cadre's self-check, built at compile time from the content: the
 * 六句话 in order, term ↔ definition (a glossary entry's summary), model ↔
 * domain, each domain's practice (what it strives for, compares, awards,
 * teaches through) and what suits which audience. Shuffles are seeded by the
 * question id, so every build asks the same questions with the same options.
 *
 * No question gives its answer away: a question whose stem shares a
 * two-character piece with the right option but with no wrong option (城镇社区
 * in 「城镇社区「五微五进五评」工作模式」) is reworded or not asked.
 */

export interface QuizQuestion {
  /** Stable and unique: `order-3`, `term-haolaibao`, `model-wuwei-wujin-wuping`. */
  id: string;
  prompt: string;
  options: string[];
  /** Index of the right option. */
  answer: number;
  /** The entry that explains the answer. */
  entry: { title: string; url: string };
}

export interface QuizSection {
  id: 'order' | 'term' | 'model' | 'domain' | 'audience';
  label: string;
  questions: QuizQuestion[];
}

export const OPTIONS_PER_QUESTION = 4;
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
/** Stands in for the term wherever a definition would give it away. */
export const TERM_MASK = '〇〇';

/** mulberry32 seeded with FNV-1a of `seed`: a small, stable shuffle. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const MASK_CHAR = TERM_MASK[0]!;
const MASK_RUN = new RegExp(`(?:${TERM_MASK})+`, 'g');

/** Every run of two letters or digits in `text` (punctuation and the mask break runs): what a reader matches by eye. */
export function pieces(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) if (chars[i] !== MASK_CHAR && chars[i + 1] !== MASK_CHAR) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** True when the stem shares a piece with the right option that no wrong option has. */
export function givesAway(prompt: string, right: string, wrong: readonly string[]): boolean {
  const inPrompt = pieces(prompt);
  const inWrong = new Set(wrong.flatMap((w) => [...pieces(w)]));
  return [...pieces(right)].some((p) => inPrompt.has(p) && !inWrong.has(p));
}

/**
 * The right answer among up to three distinct distractors, in seeded order;
 * undefined if no distractor exists or the stem would give the answer away.
 */
function question(id: string, prompt: string, right: string, wrong: readonly string[], entry: GraphEntry): QuizQuestion | undefined {
  const distractors = seededShuffle([...new Set(wrong)].filter((w) => w !== right), `${id}:pick`).slice(0, OPTIONS_PER_QUESTION - 1);
  if (distractors.length === 0 || givesAway(prompt, right, distractors)) return undefined;
  const options = seededShuffle([right, ...distractors], id);
  return { id, prompt, options, answer: options.indexOf(right), entry: { title: entry.title, url: entryUrl(entry.kind, entry.id) } };
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;
const dataOf = <T>(e: GraphEntry) => e.data as T;

/** A name in 「」, unless it already opens with its own (「两委」, 「靶向」宣讲). */
const quoted = (name: string) => (name.startsWith('「') ? name : `「${name}」`);
const namesOf = (entry: GraphEntry) => [entry.title, ...(dataOf<{ aliases?: string[] }>(entry).aliases ?? [])];

function maskTerm(entry: GraphEntry): string {
  return namesOf(entry).sort((a, b) => b.length - a.length).reduce((text, name) => text.split(name).join(TERM_MASK), entry.summary);
}

/** `text` with every stretch made of the given pieces replaced by one mask: 「红色物业」's definition loses 「物业」. */
export function maskPieces(text: string, hide: ReadonlySet<string>): string {
  const chars = [...text];
  const hidden = chars.map(() => false);
  for (let i = 0; i + 1 < chars.length; i++) if (hide.has(chars[i]! + chars[i + 1]!)) hidden[i] = hidden[i + 1] = true;
  // Adjacent masks, new or from maskTerm, read as one.
  return chars.map((c, i) => (!hidden[i] ? c : hidden[i - 1] ? '' : TERM_MASK)).join('').replace(MASK_RUN, TERM_MASK);
}

/** Names a reader could tell the domain by: its title, aliases, and their pieces. */
function domainTells(domain: GraphEntry): (text: string) => boolean {
  const names = [domain.title, ...(dataOf<{ aliases?: string[] }>(domain).aliases ?? [])];
  const tellPieces = new Set(names.flatMap((n) => [...pieces(n)]));
  return (text) => names.some((n) => text.includes(n)) || [...pieces(text)].some((p) => tellPieces.has(p));
}

/** The model's title, or else its first alias, that does not name its domain; undefined if every name does. */
function modelName(model: GraphEntry, tells: (text: string) => boolean): string | undefined {
  return [model.title, ...(dataOf<{ aliases?: string[] }>(model).aliases ?? [])].find((name) => !tells(name));
}

interface DomainPractice {
  exemplar?: string;
  teachingThrough?: string;
  comparisons?: { items: string[] }[];
  awards?: { items: string[] }[];
}

/** Each domain's practice as the schema gives it: what it strives for, compares, awards, teaches through. */
function domainQuestions(domains: readonly GraphEntry[]): (QuizQuestion | undefined)[] {
  const practice = (d: GraphEntry) => dataOf<DomainPractice>(d);
  const lists = (d: GraphEntry, field: 'comparisons' | 'awards') => (practice(d)[field] ?? []).map((l) => l.items.join('、'));
  const through = (d: GraphEntry) => practice(d).teachingThrough?.replace(/^寓教于/, '');
  const asks: { field: string; prompt: (title: string) => string; answers: (d: GraphEntry) => string[] }[] = [
    { field: 'exemplar', prompt: (t) => `在「${t}」，争当的是哪一种模范？`, answers: (d) => [practice(d).exemplar].filter(defined) },
    { field: 'comparisons', prompt: (t) => `在「${t}」，“比”的是什么？`, answers: (d) => lists(d, 'comparisons') },
    { field: 'awards', prompt: (t) => `在「${t}」，评选的是什么？`, answers: (d) => lists(d, 'awards') },
    { field: 'teaching', prompt: (t) => `在「${t}」，“寓教于”什么？`, answers: (d) => [through(d)].filter(defined) },
  ];
  return asks.flatMap(({ field, prompt, answers }) =>
    domains.map((d) => {
      const own = answers(d);
      if (own.length === 0) return undefined;
      // Another domain's list may equal one of this domain's: never a wrong answer.
      const wrong = domains.filter((o) => o !== d).map((o) => answers(o)[0]).filter((w): w is string => w !== undefined && !own.includes(w));
      return question(`${field}-${d.id}`, prompt(d.title), own[0]!, wrong, d);
    }),
  );
}

/** What suits whom: carriers and stories marked for an audience, and which method a format belongs to. */
function audienceQuestions(index: ContentIndex): (QuizQuestion | undefined)[] {
  const audiencesOf = (e: GraphEntry) => dataOf<{ audiences?: string[] }>(e).audiences ?? [];
  const suits = [
    { kind: 'carriers' as const, prompt: (label: string) => `给「${label}」宣讲，哪种载体是本手册标明适合他们的？` },
    { kind: 'stories' as const, prompt: (label: string) => `给「${label}」宣讲，哪个典型或作品是本手册标明适合他们的？` },
  ];
  const byAudience = suits.flatMap(({ kind, prompt }) =>
    AUDIENCES.map(({ id, label }) => {
      const entries = index.byKind[kind];
      // The most specific fit (marked for this audience and as few others as possible) that the stem does not give away.
      const suited = entries.filter((e) => audiencesOf(e).includes(id)).sort((a, b) => audiencesOf(a).length - audiencesOf(b).length);
      const wrong = entries.filter((e) => !audiencesOf(e).includes(id)).map((e) => e.title);
      // With one wrong option it is a coin toss, not a question.
      if (wrong.length < 2) return undefined;
      return suited.map((right) => question(`${kind}-for-${id}`, prompt(label), right.title, wrong, right)).find(defined);
    }),
  );
  const methods = index.byKind.methods;
  const formatsOf = (m: GraphEntry) => dataOf<{ formats?: string[] }>(m).formats ?? [];
  const byFormat = methods.flatMap((m) =>
    formatsOf(m).map((format, i) => {
      const owners = new Set(methods.filter((o) => formatsOf(o).includes(format)).map((o) => o.title));
      return question(`format-${m.id}-${i + 1}`, `${quoted(format)}属于哪种教育方式？`, m.title, methods.map((o) => o.title).filter((t) => !owners.has(t)), m);
    }),
  );
  return [...byAudience, ...byFormat];
}

export function buildQuiz(index: ContentIndex): QuizSection[] {
  const statements = index.byKind.statements;
  const texts = statements.map((s) => dataOf<{ text: string }>(s).text);
  const order = statements.map((s, i) =>
    question(`order-${i + 1}`, `「六句话」的第${NUMERALS[i] ?? i + 1}句是？`, texts[i]!, texts, s),
  );

  // Entries sharing a label (sameLabelAs) would be right answers to each other's question: never distractors.
  const terms = index.byKind.glossary;
  const term = terms.map((t) => {
    // Every option loses the term's names and any piece of them, so none matches the stem by eye.
    const hide = pieces(namesOf(t).join('、'));
    const definition = (o: GraphEntry) => maskPieces(maskTerm(o), hide);
    return question(`term-${t.id}`, `${quoted(t.title)}指的是？`, definition(t), terms.filter((o) => o.title !== t.title).map(definition), t);
  });

  const domainById = new Map(index.byKind.domains.map((d) => [d.id, d]));
  const allDomains = index.byKind.domains.map((d) => d.title);
  const domainsOf = (m: GraphEntry) => (dataOf<{ domains?: { id: string }[] }>(m).domains ?? []).map((d) => domainById.get(d.id)).filter(defined);
  const model = index.byKind.models.map((m) => {
    const domain = domainsOf(m)[0];
    if (domain === undefined) return undefined;
    // 「城镇社区「五微五进五评」工作模式」 would name its answer: ask by 「五微五进五评」 instead.
    const name = modelName(m, domainTells(domain));
    if (name === undefined) return undefined;
    const anyRight = new Set(index.byKind.models.filter((o) => o.title === m.title).flatMap(domainsOf).map((d) => d.title));
    return question(`model-${m.id}`, `${quoted(name)}是哪个领域的工作模式？`, domain.title, allDomains.filter((d) => !anyRight.has(d)), m);
  });

  return [
    { id: 'order' as const, label: '六句话的顺序', questions: order.filter(defined) },
    { id: 'term' as const, label: '术语与含义', questions: term.filter(defined) },
    { id: 'model' as const, label: '工作模式与领域', questions: model.filter(defined) },
    { id: 'domain' as const, label: '各领域怎么做', questions: domainQuestions(index.byKind.domains).filter(defined) },
    { id: 'audience' as const, label: '对谁讲、用什么讲', questions: audienceQuestions(index).filter(defined) },
  ].filter((s) => s.questions.length > 0);
}
