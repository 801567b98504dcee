import { describe, expect, it } from 'vitest';
import { EMPTY_BASKET, addItems, groupOutline, setNote } from '../../src/lib/basket/outline';
import { CITATIONS_PER_ITEM, citationLabel, outlineCitations, outlineToMarkdown, outlineToText, shortQuote } from '../../src/lib/basket/export';
import { buildBasketData, type BasketData } from '../../src/lib/basket/data';
import type { Citation, GraphEntry } from '../../src/lib/graph';

const entry = (kind: GraphEntry['kind'], id: string, title: string, summary: string): GraphEntry => ({ kind, id, title, summary, filePath: '', data: {} });
const cite = (key: string, source: string, quote: string, index: number, note?: string): Citation => ({ entry: key, source, quote, note, index, field: 'citations' });

// As citations.citationUrl gives it for a source with one page of quotes.
const quoteHref = (c: Citation) => `/sources/${c.source}/#q-${c.entry.replace('/', '-')}-${c.index + 1}`;
const citations: Record<string, Citation[]> = {
  'statements/zhichi-fazhan': [cite('statements/zhichi-fazhan', 'wudinghe-plan-2024', '内蒙古是在党中央的支持下发展起来的', 0)],
  'cases/c1': [cite('cases/c1', 'tongliao-pilot-2023', '开展“话十年发展变化”展演活动', 0), cite('cases/c1', 'wudinghe-plan-2024', '算炕头账', 1, '农村牧区')],
};
const data: BasketData = buildBasketData(
  [
    entry('statements', 'zhichi-fazhan', '第三句：内蒙古是在党中央的支持下发展起来的', '靠「一本发展账」讲清发展从哪里来'),
    entry('cases', 'c1', '话十年发展变化', '把成就编成快板书*三句半*'),
    entry('methods', 'mianduimian', '面对面引领教育', '入户算账'),
  ],
  (key) => citations[key] ?? [],
  (id) => ({ 'wudinghe-plan-2024': '无定河镇方案', 'tongliao-pilot-2023': '通辽试点' })[id] ?? id,
  quoteHref,
);

const state = setNote(addItems(EMPTY_BASKET, ['methods/mianduimian', 'cases/c1', 'statements/zhichi-fazhan']), 'cases/c1', '讲五分钟\n请老党员现身说法');
const { groups } = groupOutline(state, (key) => data[key]);
const options = { origin: 'https://example.org' };

describe('buildBasketData', () => {
  it('keeps what the outline needs, with citation links to the quote on its source page', () => {
    expect(data['cases/c1']).toEqual({
      id: 'c1',
      kind: 'cases',
      title: '话十年发展变化',
      summary: '把成就编成快板书*三句半*',
      url: '/cases/c1/',
      citations: [
        { quote: '开展“话十年发展变化”展演活动', sourceTitle: '通辽试点', url: '/sources/tongliao-pilot-2023/#q-cases-c1-1' },
        { quote: '算炕头账', note: '农村牧区', sourceTitle: '无定河镇方案', url: '/sources/wudinghe-plan-2024/#q-cases-c1-2' },
      ],
    });
  });
});

describe('outlineCitations', () => {
  it('numbers citations once across the outline, in reading order', () => {
    const { refs, footnotes } = outlineCitations(groups);
    expect([...refs]).toEqual([
      ['statements/zhichi-fazhan', [1]],
      ['cases/c1', [2, 3]],
      ['methods/mianduimian', []],
    ]);
    expect(footnotes.map((c) => c.quote)).toEqual(['内蒙古是在党中央的支持下发展起来的', '开展“话十年发展变化”展演活动', '算炕头账']);
  });

  it('numbers a passage two items quote once, and takes at most CITATIONS_PER_ITEM of an item', () => {
    const shared = (key: string, n: number) => Array.from({ length: n }, (_, i) => cite(key, 'wudinghe-plan-2024', `第${i}段`, i));
    const many = buildBasketData(
      [entry('statements', 's', '甲', ''), entry('cases', 'c', '乙', '')],
      (key) => (key === 'statements/s' ? shared(key, 2) : shared(key, 10)),
      () => '无定河镇方案',
      quoteHref,
    );
    const { refs, footnotes } = outlineCitations(groupOutline(addItems(EMPTY_BASKET, ['statements/s', 'cases/c']), (k) => many[k]).groups);
    expect(refs.get('statements/s')).toEqual([1, 2]);
    expect(refs.get('cases/c')).toEqual([1, 2, 3]);
    expect(footnotes).toHaveLength(CITATIONS_PER_ITEM);
  });
});

describe('shortQuote', () => {
  it('keeps short quotes and cuts long ones with an ellipsis', () => {
    expect(shortQuote('算炕头账')).toBe('算炕头账');
    const long = '没有党中央给予内蒙古、鄂尔多斯、乌审旗的政策、项目、资金等方面的大力支持，就不可能有乌审旗的变革和发展';
    expect(shortQuote(long)).toHaveLength(36);
    expect(shortQuote(long).endsWith('…')).toBe(true);
    expect(long.startsWith(shortQuote(long).slice(0, -1))).toBe(true);
  });
});

describe('citationLabel', () => {
  it.each([
    [[], ''],
    [[7], '[7]'],
    [[18, 19, 20], '[18–20]'],
    [[1, 4, 5, 6], '[1, 4–6]'],
  ])('%j → %s', (numbers, label) => {
    expect(citationLabel(numbers)).toBe(label);
  });
});

describe('outlineToMarkdown', () => {
  it('writes sections in talk order, key points with footnotes, notes as quotes and absolute links', () => {
    expect(outlineToMarkdown(groups, { ...options, title: '给牧民讲第三句' })).toBe(`# 给牧民讲第三句

## 一、要讲的话

### 1. [第三句：内蒙古是在党中央的支持下发展起来的](https://example.org/statements/zhichi-fazhan/)

要点：靠「一本发展账」讲清发展从哪里来[^1]

## 二、案例与做法

### 1. [话十年发展变化](https://example.org/cases/c1/)

要点：把成就编成快板书\\*三句半\\*[^2][^3]

> 讲五分钟
> 请老党员现身说法

## 三、怎么讲：载体、方法与形式

### 1. [面对面引领教育](https://example.org/methods/mianduimian/)

要点：入户算账

---

[^1]: 「内蒙古是在党中央的支持下发展起来的」——无定河镇方案 <https://example.org/sources/wudinghe-plan-2024/#q-statements-zhichi-fazhan-1>
[^2]: 「开展“话十年发展变化”展演活动」——通辽试点 <https://example.org/sources/tongliao-pilot-2023/#q-cases-c1-1>
[^3]: 「算炕头账」（农村牧区）——无定河镇方案 <https://example.org/sources/wudinghe-plan-2024/#q-cases-c1-2>
`);
  });

  it('writes just the title for an empty basket', () => {
    expect(outlineToMarkdown([], options)).toBe('# 宣讲提纲\n');
  });
});

describe('outlineToText', () => {
  it('writes plain text a chat app shows as is', () => {
    const text = outlineToText(groups, options);
    expect(text).toBe(`宣讲提纲

一、要讲的话

1. 第三句：内蒙古是在党中央的支持下发展起来的
   要点：靠「一本发展账」讲清发展从哪里来
   [1] 「内蒙古是在党中央的支持下发展起来的」——无定河镇方案
   https://example.org/statements/zhichi-fazhan/

二、案例与做法

1. 话十年发展变化
   要点：把成就编成快板书*三句半*
   备注：讲五分钟
         请老党员现身说法
   [2] 「开展“话十年发展变化”展演活动」——通辽试点
   [3] 「算炕头账」（农村牧区）——无定河镇方案
   https://example.org/cases/c1/

三、怎么讲：载体、方法与形式

1. 面对面引领教育
   要点：入户算账
   https://example.org/methods/mianduimian/
`);
  });
});
