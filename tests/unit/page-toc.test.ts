import { describe, expect, it } from 'vitest';
import { LONG_PAGE_CHARACTERS, pageToc, sectionHeadings, visibleLength } from '../../src/lib/page-toc';

const long = (n: number) => `<p>${'字'.repeat(n)}</p>`;

describe('sectionHeadings', () => {
  it('lists h2s with an id, in order, with their text', () => {
    const html = '<h2 id="h-a" data-astro-cid-x>来源说了<em>什么</em></h2><p>…</p><h2 id="怎么讲">怎么讲</h2>';
    expect(sectionHeadings(html)).toEqual([
      { id: 'h-a', text: '来源说了什么' },
      { id: '怎么讲', text: '怎么讲' },
    ]);
  });

  it('skips card titles (no id), visually hidden headings and other levels', () => {
    const html = '<h2><a href="/x/">卡片</a></h2><h2 id="f" class="visually-hidden">筛选</h2><h3 id="c">小节</h3><h2 id="ok">正文</h2>';
    expect(sectionHeadings(html)).toEqual([{ id: 'ok', text: '正文' }]);
  });

  it('decodes entities and collapses spaces', () => {
    expect(sectionHeadings('<h2 id="a">A &amp;\n  B</h2>')).toEqual([{ id: 'a', text: 'A & B' }]);
  });
});

describe('visibleLength', () => {
  it('counts text outside tags, scripts, styles and templates, without whitespace', () => {
    expect(visibleLength('<p>一 二</p><script>var x = 1;</script><style>p{}</style><template><p>隐</p></template>')).toBe(2);
  });
});

describe('pageToc', () => {
  const sections = '<h2 id="a">甲</h2><h2 id="b">乙</h2>';
  it('is given to a long page with at least two sections', () => {
    expect(pageToc(sections + long(LONG_PAGE_CHARACTERS))).toHaveLength(2);
  });
  it('is not given to a short page, or to a page with one section', () => {
    expect(pageToc(sections + long(LONG_PAGE_CHARACTERS - 10))).toEqual([]);
    expect(pageToc('<h2 id="a">甲</h2>' + long(5000))).toEqual([]);
  });
});
