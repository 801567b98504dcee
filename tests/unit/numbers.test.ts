import { describe, expect, it } from 'vitest';
import { numbersIn, proseOf, unbackedNumbers } from '../../src/lib/numbers';

describe('numbers on a page', () => {
  it.each([
    ['652个嘎查村', ['652']],
    ['4.9万米、83.94%', ['4.9', '83.94']],
    ['３－５名', ['3', '5']],
    ['12345 便 民', ['12345']],
    ['五个一、三会一课', []],
  ])('finds the numbers in %s', (text, expected) => {
    expect(numbersIn(text)).toEqual(expected);
  });

  it('accepts numbers a quote contains, even split by column spaces', () => {
    expect(unbackedNumbers(['2022年表扬410次'], ['仅 2022 年，12345 便 民 热 线 表 扬 410 次'])).toEqual([]);
  });

  it('does not take a number as backed by a longer one that contains it', () => {
    expect(unbackedNumbers(['10个'], ['100个'])).toEqual(['10']);
  });

  it('lists each missing number once', () => {
    expect(unbackedNumbers(['7个旗县区', '7个', '59个苏木'], ['59个苏木乡镇'])).toEqual(['7']);
  });

  it('ignores markup in MDX bodies', () => {
    expect(numbersIn(proseOf('<Note n={3}>正文</Note> [链接](/cases/a-2/)'))).toEqual([]);
    expect(numbersIn(proseOf('1. 第一条\n2) 第二条\n  10. 第十条含5项'))).toEqual(['5']);
  });
});
