import { describe, expect, it } from 'vitest';
import { pinyinKeys } from '../../src/lib/pinyin';

describe('pinyinKeys', () => {
  it.each([
    [['红书包'], ['hongshubao', 'hsb']],
    [['五微五进五评'], ['wuweiwujinwuping', 'wwwjwp']],
    // Whole name and each quoted run; polyphones read in context (行业 hang, 淖 nao).
    [['苏尼特右旗「红书包」'], ['suniteyouqihongshubao', 'sntyqhsb', 'suniteyouqi', 'sntyq', 'hongshubao', 'hsb']],
    [['两新工委+行业党委'], ['liangxingongweihangyedangwei', 'lxgwhydw', 'liangxingongwei', 'lxgw', 'hangyedangwei', 'hydw']],
    [['巴彦淖尔市', '巴彦淖尔'], ['bayannaoershi', 'bynes', 'bayannaoer', 'byne']],
    // ü is typed as v.
    [['绿色'], ['lvse', 'ls']],
    // Single characters and names without Han characters give no keys.
    [['旗', '1+7+N'], []],
  ])('%j → %j', (names, keys) => {
    expect(pinyinKeys(names)).toEqual(keys);
  });
});
