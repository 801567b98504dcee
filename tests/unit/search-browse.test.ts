import { describe, expect, it } from 'vitest';
import { inBrowseOrder } from '../../src/lib/search/browse';

describe('inBrowseOrder', () => {
  it('orders results as the listed ids, unlisted ones last in the order they came', () => {
    const results = ['c', 'x', 'a', 'y', 'b'].map((id) => ({ id }));
    expect(inBrowseOrder(results, ['a', 'b', 'c', 'd']).map((r) => r.id)).toEqual(['a', 'b', 'c', 'x', 'y']);
    expect(inBrowseOrder([], ['a'])).toEqual([]);
  });
});
