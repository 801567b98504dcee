import { entryUrl } from '../core/kinds';
import type { GraphEntry } from './graph';
import type { ContentIndex } from './basket/ready-outlines';

/**
 * The new cadre's self-check, built at compile time from the content: the
 * 六句话 in order, term ↔ definition (a glossary entry's summary), model ↔
 * domain. Shuffles are seeded by the question id, so every build asks the
 * same questions with the same options.
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
  id: 'order' | 'term' | 'model';
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

/** The right answer among up to three distinct distractors, in seeded order; undefined if no distractor exists. */
function question(id: string, prompt: string, right: string, wrong: readonly string[], entry: GraphEntry): QuizQuestion | undefined {
  const distractors = seededShuffle([...new Set(wrong)].filter((w) => w !== right), `${id}:pick`).slice(0, OPTIONS_PER_QUESTION - 1);
  if (distractors.length === 0) return undefined;
  const options = seededShuffle([right, ...distractors], id);
  return { id, prompt, options, answer: options.indexOf(right), entry: { title: entry.title, url: entryUrl(entry.kind, entry.id) } };
}

const defined = <T>(x: T | undefined): x is T => x !== undefined;
const dataOf = <T>(e: GraphEntry) => e.data as T;

function maskTerm(entry: GraphEntry): string {
  const names = [entry.title, ...(dataOf<{ aliases?: string[] }>(entry).aliases ?? [])].sort((a, b) => b.length - a.length);
  return names.reduce((text, name) => text.split(name).join(TERM_MASK), entry.summary);
}

export function buildQuiz(index: ContentIndex): QuizSection[] {
  const statements = index.byKind.statements;
  const texts = statements.map((s) => dataOf<{ text: string }>(s).text);
  const order = statements.map((s, i) =>
    question(`order-${i + 1}`, `「六句话」的第${NUMERALS[i] ?? i + 1}句是？`, texts[i]!, texts, s),
  );

  // Entries sharing a label (sameLabelAs) would be right answers to each other's question: never distractors.
  const terms = index.byKind.glossary;
  const term = terms.map((t) =>
    question(`term-${t.id}`, `「${t.title}」指的是？`, maskTerm(t), terms.filter((o) => o.title !== t.title).map(maskTerm), t),
  );

  const domainTitle = new Map(index.byKind.domains.map((d) => [d.id, d.title]));
  const allDomains = [...domainTitle.values()];
  const domainsOf = (m: GraphEntry) => (dataOf<{ domains?: { id: string }[] }>(m).domains ?? []).map((d) => domainTitle.get(d.id)).filter(defined);
  const model = index.byKind.models.map((m) => {
    const right = domainsOf(m)[0];
    if (right === undefined) return undefined;
    const anyRight = new Set(index.byKind.models.filter((o) => o.title === m.title).flatMap(domainsOf));
    return question(`model-${m.id}`, `「${m.title}」是哪个领域的工作模式？`, right, allDomains.filter((d) => !anyRight.has(d)), m);
  });

  return [
    { id: 'order' as const, label: '六句话的顺序', questions: order.filter(defined) },
    { id: 'term' as const, label: '术语与含义', questions: term.filter(defined) },
    { id: 'model' as const, label: '工作模式与领域', questions: model.filter(defined) },
  ].filter((s) => s.questions.length > 0);
}
