import { describe, expect, it } from 'vitest';
import { lastUpdatedText, parseGitLog } from '../../src/lib/last-updated';

const log = [
  '\u001e2026-12-01T10:00:00+08:00\n\ncontent/cases/a.mdx\ncontent/models/b.mdx\n',
  '\u001e2026-11-20T09:00:00+08:00\n\ncontent/cases/a.mdx\n',
  '\u001e2026-11-01T09:00:00+08:00\n\ncontent/cases/a.mdx\ncontent/cases/c.mdx\n',
].join('');

describe('last updated, from one git log', () => {
  const files = parseGitLog(log);

  it('takes each file’s newest commit as its update and its oldest as when it was added', () => {
    expect(files.get('content/cases/a.mdx')).toEqual({ updated: '2026-12-01', added: '2026-11-01' });
    expect(files.get('content/models/b.mdx')).toEqual({ updated: '2026-12-01', added: '2026-12-01' });
    expect(files.get('content/cases/c.mdx')).toEqual({ updated: '2026-11-01', added: '2026-11-01' });
  });

  it('says so on a shallow clone instead of one date everywhere, and marks uncommitted files', () => {
    expect(lastUpdatedText({ status: 'shallow' }, 'content/cases/a.mdx')).toMatch(/^更新日期不可用（浅克隆/);
    expect(lastUpdatedText({ status: 'available', files }, 'content/cases/a.mdx')).toBe('最后更新：2026-12-01');
    expect(lastUpdatedText({ status: 'available', files }, 'content/cases/new.mdx')).toBe('最后更新：尚未提交（新条目）');
  });
});
