import { queryParts } from './segment';

/**
 * Natural questions typed into the search box: 「怎么给牧民讲惠民政策」,
 * 「老旧小区改造的例子」. Pagefind wants every character of its query on a
 * page (segment.ts cuts Han text one character per word), so 怎么 or 例子,
 * which no entry says, would leave the right page out. A question is cut into
 * words, the words that ask rather than name are dropped, and what is left —
 * the topic — is searched and ranked (rank.ts).
 *
 * Only a query that asks (it holds one of QUESTION_WORDS) is read this way:
 * names such as 「国家的孩子」 keep every character.
 */

/** Words that make a query a question: asking words, and asking for an example. */
const QUESTION_WORDS = [
  '怎么', '怎样', '怎么样', '怎么办', '如何', '什么', '什么时候', '什么样', '干什么', '做什么', '啥', '干啥', '干嘛', '哪些', '哪个', '哪里', '哪儿', '哪', '谁', '为什么', '为何',
  '何时', '多久', '多少', '是否', '有没有', '能否', '吗', '呢', '?', '？', '例子', '案例',
] as const;
/** Asking for a story also makes a question: 「两个小姑娘保护羊群的故事」 (names such as 「我的脱贫故事」 lack the 的). */
const STORY_ASKS = ['的故事', '的事迹'];

/**
 * Words that carry no topic once a query is a question. Chosen from what a
 * reader adds around a topic: the question words; light verbs and particles
 * (给牧民讲…, 有哪些…, …是什么); verbs of doing that every entry is about
 * (开展党建, 做好宣讲); and words for "an example of". 活动 names the
 * practice activity itself, which every page is about, so it picks nothing
 * out either. Matched as whole words (Intl.Segmenter), so 讲 goes in
 * 「给牧民讲政策」 but stays in 宣讲. Words the segmenter cuts out of a
 * compound must stay off the list: it cuts 驻村工作队 into 驻/村/工作/队, so
 * 工作 is not here.
 */
const FILLER_WORDS = new Set<string>([
  ...QUESTION_WORDS,
  // particles, copulas, prepositions
  '的', '地', '得', '了', '着', '过', '吧', '啊', '呀', '是', '有', '在', '给', '对', '向', '跟', '把', '被', '让', '用', '从', '和', '与', '及', '或', '还', '都', '也', '就', '又', '没', '没有', '请问', '一下', '一些', '这个', '那个', '这些', '那些', '这样', '那样', '这种', '哪种', '一个',
  // wanting, being able
  '要', '想', '该', '应', '应该', '应当', '需要', '必须', '能', '能够', '可以', '不能', '不要', '不许',
  // where and when: 学校里, 宣讲时
  '里', '时',
  // doing in general
  '做', '搞', '弄', '干', '办', '讲', '说', '开展', '做好', '搞好', '抓好', '办好', '进行', '实行', '推行', '好',
  // asking about
  '意思', '含义', '介绍', '情况', '具体', '内容', '方面', '问题', '东西', '事情', '事', '事儿', '回事', '时候',
  // "an example of": 典型 and 做法 also end entry titles, so they only go in a question
  '实例', '典型', '经验', '做法', '例如', '比如',
  // the activity every page is about
  '活动',
]);

/** What a question asks for: its topic, and whether it wants an example. */
export interface Question {
  /** The runs of topic words, in order: 「牧民」「惠民政策」. */
  topic: string[];
  /** Words the question asks about without saying them: 什么时候 asks for a 时间. Used in ranking only. */
  implied: string[];
  /**
   * 例子/案例/经验…: a case answers best. Otherwise (怎么/什么/哪些…) the
   * entries that define or guide — a term, a model, a domain, a guide — do.
   */
  example: boolean;
  /** 故事/事迹: a story (典型与文艺) answers best. */
  story: boolean;
  /**
   * The question's own wording, cut only at punctuation: a reader may quote a
   * page (「为什么搞、靠谁搞、对谁搞」), question words and all.
   */
  clauses: string[];
}

const EXAMPLE_WORDS = new Set(['例子', '案例', '实例', '典型', '经验', '做法']);
const STORY_WORDS = new Set(['故事', '事迹']);

/**
 * What a question word asks for, said as the pages say it: a "when" is
 * answered by a timetable (时间表, 时间安排), which no page calls 什么时候.
 */
const IMPLIED_WORDS = new Map([
  ['什么时候', '时间'],
  ['何时', '时间'],
  ['多久', '时间'],
]);

const QUESTION_MARK = new RegExp([...QUESTION_WORDS, ...STORY_ASKS].map((w) => w.replace('?', '\\?')).join('|'));

let segmenter: Intl.Segmenter | undefined;
/**
 * The words of a text. Browsers without Intl.Segmenter (before Firefox 125)
 * cut only at the multi-character filler words, so single-character ones stay.
 */
function wordsOf(text: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    return [...segmenter.segment(text)].map((s) => s.segment);
  }
  return text.split(MULTI_CHAR_FILLER).filter(Boolean);
}
const MULTI_CHAR_FILLER = new RegExp(
  `(${[...FILLER_WORDS]
    .filter((w) => w.length > 1)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
);

/** Shorter pieces of wording say little apart from their topic words. */
const MIN_CLAUSE = 3;

/** The question a query asks, or undefined when it is not one (a name, a phrase, pinyin). */
export function readQuestion(query: string): Question | undefined {
  if (!QUESTION_MARK.test(query)) return undefined;
  const topic: string[] = [];
  let example = false;
  let story = false;
  const implied = new Set<string>();
  for (const part of queryParts(query)) {
    let run = '';
    for (const word of wordsOf(part)) {
      if (EXAMPLE_WORDS.has(word)) example = true;
      if (STORY_WORDS.has(word)) story = true;
      const asks = IMPLIED_WORDS.get(word);
      if (asks) implied.add(asks);
      if (FILLER_WORDS.has(word) || /^[\s\p{P}\p{S}]+$/u.test(word)) {
        if (run) topic.push(run);
        run = '';
      } else run += word;
    }
    if (run) topic.push(run);
  }
  // Nothing but question words (「怎么办」): search what was typed.
  if (!topic.length) return undefined;
  const clauses = query.split(/[\s\p{P}\p{S}]+/u).filter((c) => c.length >= MIN_CLAUSE);
  return { topic, implied: [...implied], example, story, clauses };
}

/**
 * The phrases whose pages come first, with their weights. For a name query,
 * each part the reader typed counts 1. For a question: each topic part, each
 * word of two or more characters in it, each word of `vocabulary` (the
 * site's own names: 师生, which the segmenter does not know) inside it, and
 * each clause of its wording, weighted by length; the search page scales
 * the weights by rarity (rank.ts, rarity) and adds pages found only by these
 * phrases (Pagefind wants every character of the topic, and a reader's
 * wording may have one the page lacks: 「老百姓」 in 「怎么用方言给老百姓宣讲」).
 */
export function topicPhrases(query: string, vocabulary: Iterable<string> = [], withWording = false): { phrase: string; weight: number }[] {
  const question = readQuestion(query);
  if (!question) return queryParts(query).map((phrase) => ({ phrase, weight: 1 }));
  const phrases = new Set<string>();
  for (const part of question.topic) {
    phrases.add(part);
    for (const word of wordsOf(part)) if (word.length > 1) phrases.add(word);
  }
  for (const word of vocabulary) if (word.length > 1 && question.topic.some((part) => part.includes(word))) phrases.add(word);
  if (withWording) for (const clause of question.clauses) phrases.add(clause);
  return [...phrases].map((phrase) => ({ phrase, weight: phrase.length }));
}

/** The phrases to search for: a question's topic, else what the reader separated with spaces. */
export function searchParts(query: string): string[] {
  return readQuestion(query)?.topic ?? queryParts(query);
}
