import { describe, expect, it } from 'vitest';
import { previewsOf } from '../../src/lib/previews';

describe('previewsOf', () => {
  it('keys each entry by its URL with kind, title, summary and the unverified mark', () => {
    expect(
      previewsOf([
        { kind: 'glossary', id: 'gacha', title: '嘎查', summary: '牧区的行政村', filePath: '', data: { unverified: true } },
        { kind: 'cases', id: 'a', title: '案例甲', summary: '一句话', filePath: '', data: {} },
      ]),
    ).toEqual({
      '/glossary/gacha/': { kind: '术语', title: '嘎查', summary: '牧区的行政村', unverified: true },
      '/cases/a/': { kind: '案例', title: '案例甲', summary: '一句话' },
    });
  });
});
