import { describe, expect, it } from 'vitest';
import { slimFragment, spacedFragmentText, type PagefindFragment } from '../../src/lib/search/fragments';

describe('spacedFragmentText (fragments as the browser fetches them)', () => {
  it('turns Pagefind\'s word breaks into spaces, word for word', () => {
    // As Pagefind writes a segmented page: each word, a space if the source had one, U+200B.
    expect(spacedFragmentText('通 \u200b辽 \u200b以 \u200b「 \u200b四 \u200b步 \u200b」 \u200bAI\u200b， \u200b11 \u200b月')).toBe('通 辽 以 「 四 步 」 AI ， 11 月');
    expect(spacedFragmentText('完 \u200b。 \u200b')).toBe('完 。');
  });
  it('leaves text whose words would not line up, or that has no word breaks', () => {
    // A byte-order mark is a space to the browser but not to Pagefind: the word count would change.
    expect(spacedFragmentText('a\ufeffb \u200bc')).toBeUndefined();
    expect(spacedFragmentText('plain text')).toBeUndefined();
  });
});

describe('slimFragment', () => {
  const fragment: PagefindFragment = {
    url: '/cases/x/',
    content: '内 \u200b容 \u200b引 \u200b文',
    word_count: 4,
    filters: { 类别: ['案例'] },
    meta: { title: '标 题' },
    anchors: [
      { element: 'h2', id: '内容', text: '内 容', location: 0 },
      { element: 'li', id: 'cite-1', text: '引 文', location: 2 },
      { element: 'div', id: 'named', title: '有标题', location: 3 },
      { element: 'h3', id: 'empty', text: ' ', location: 3 },
    ],
  };
  it('keeps what Pagefind\'s script reads: text (spaced), url, meta, titled anchors and headings', () => {
    expect(slimFragment(fragment)).toEqual({
      url: '/cases/x/',
      content: '内 容 引 文',
      word_count: 4,
      meta: { title: '标 题' },
      anchors: [fragment.anchors[0], fragment.anchors[2]],
    });
  });
  it('refuses a fragment with a field it does not know', () => {
    expect(() => slimFragment({ ...fragment, sort: {} } as PagefindFragment)).toThrow(/sort/);
  });
});
