import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindFilters, parseSearchState, searchStateToParams, toggleFilter, toggleValue } from '../../src/lib/search/query';
import { emptySelection } from '../../src/lib/case-finder';

describe('search state in the URL', () => {
  it('reads the query and repeated filter values, dropping blanks and repeats', () => {
    const state = parseSearchState(new URLSearchParams('q=+骆驼+&region=巴彦淖尔市&region=赤峰市&region=赤峰市&kind=&other=x'));
    expect(state).toEqual({ q: '骆驼', filters: { kind: [], region: ['巴彦淖尔市', '赤峰市'], domain: [], model: [] } });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(parseSearchState(new URLSearchParams('q=骆驼')))).toBe(false);
  });

  it('writes the state back in a stable order', () => {
    const state = parseSearchState(new URLSearchParams('region=赤峰市&kind=案例&q=物业'));
    expect(searchStateToParams(state).toString()).toBe(new URLSearchParams('q=物业&kind=案例&region=赤峰市').toString());
    expect(searchStateToParams(parseSearchState(new URLSearchParams(''))).toString()).toBe('');
  });

  it('toggles a value without touching the others', () => {
    const state = parseSearchState(new URLSearchParams('region=赤峰市'));
    expect(toggleFilter(state, 'region', '通辽市', true).filters.region).toEqual(['赤峰市', '通辽市']);
    expect(toggleFilter(state, 'region', '赤峰市', false).filters.region).toEqual([]);
    expect(toggleFilter(state, 'region', '赤峰市', true).filters.region).toEqual(['赤峰市']);
    expect(state.filters.region).toEqual(['赤峰市']);
  });
});

describe('toggleValue', () => {
  it('works on any selection, such as the case finder’s', () => {
    const selection = { ...emptySelection(), year: ['2023'] };
    expect(toggleValue(selection, 'year', '2021', true)).toEqual({ ...emptySelection(), year: ['2023', '2021'] });
    expect(toggleValue(selection, 'year', '2023', false)).toEqual(emptySelection());
  });
});

describe('pagefindFilters', () => {
  const state = parseSearchState(new URLSearchParams('kind=案例&region=巴彦淖尔市&region=赤峰市'));

  it('maps keys to Pagefind filter names, values as alternatives', () => {
    expect(pagefindFilters(state)).toEqual({ 类别: { any: ['案例'] }, 盟市: { any: ['巴彦淖尔市', '赤峰市'] } });
  });

  it('leaves one filter out for that filter’s counts', () => {
    expect(pagefindFilters(state, 'region')).toEqual({ 类别: { any: ['案例'] } });
  });
});
