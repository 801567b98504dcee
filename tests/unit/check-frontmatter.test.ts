import { describe, expect, it } from 'vitest';
import { frontmatterProblems, splitFrontmatter } from '../../src/lib/frontmatter';

describe('frontmatter syntax check', () => {
  it('accepts well-formed MDX and YAML', () => {
    expect(frontmatterProblems('---\ntitle: 嘎查\n---\n正文', '.mdx')).toEqual([]);
    expect(frontmatterProblems('title: 嘎查\naliases: [嘎查村]\n', '.yaml')).toEqual([]);
  });

  it('names the line of an unclosed quote, in Chinese', () => {
    const [problem] = frontmatterProblems('---\ntitle: 嘎查\nsummary: "未闭合\n---\n正文', '.mdx') as [{ line: number; message: string }];
    expect(problem.message).toMatch(/^引号没有闭合/);
    expect(problem.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a field given twice and a missing closing fence', () => {
    expect(frontmatterProblems('title: a\ntitle: b\n', '.yaml')[0]?.message).toMatch(/^同一个字段写了两次/);
    expect(frontmatterProblems('---\ntitle: a\n正文', '.mdx')[0]?.message).toMatch(/^前置元数据没有结束/);
    expect(frontmatterProblems('title: a\n', '.mdx')[0]?.message).toMatch(/^缺少前置元数据/);
  });
});

describe('files saved on Windows', () => {
  it('accepts a byte-order mark and CRLF line endings', () => {
    expect(frontmatterProblems('\ufeff---\r\ntitle: 嘎查\r\n---\r\n正文\r\n', '.mdx')).toEqual([]);
    expect(frontmatterProblems('\ufefftitle: 嘎查\r\naliases: [嘎查村]\r\n', '.yaml')).toEqual([]);
    expect(splitFrontmatter('\ufeff---\r\ntitle: 嘎查\r\n---\r\n正文\r\n')).toEqual({ yaml: 'title: 嘎查', body: '正文\n' });
  });

  it('names a full-width colon after a field name, with its line', () => {
    expect(frontmatterProblems('---\ntitle: 嘎查\nsummary：一句话\n---\n', '.mdx')).toEqual([
      { line: 3, message: '字段名「summary」后面用了全角冒号「：」。字段名后必须是半角冒号加空格，请改成「summary: 」。' },
    ]);
  });
});
