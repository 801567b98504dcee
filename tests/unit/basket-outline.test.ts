import { describe, expect, it } from 'vitest';
import {
  EMPTY_BASKET,
  addItems,
  groupOutline,
  isEntryKey,
  moveBy,
  moveWithinSection,
  parseBasket,
  removeItem,
  serializeBasket,
  setMeta,
  setNote,
  type BasketState,
} from '../../src/lib/basket/outline';

const basket = (...ids: string[]): BasketState => addItems(EMPTY_BASKET, ids);

describe('isEntryKey', () => {
  it.each([
    ['cases/abc-def', true],
    ['statements/zhichi-fazhan', true],
    ['nonsense/abc', false],
    ['cases/', false],
    ['cases/Abc', false],
    ['cases/abc/def', false],
    ['cases/abc--def', false],
    [42, false],
  ])('%s → %s', (value, expected) => {
    expect(isEntryKey(value)).toBe(expected);
  });
});

describe('ordering', () => {
  it('groups by default as statement → facts and stories → cases → how to deliver, keeping the order of adding inside a section', () => {
    const state = basket('methods/m1', 'cases/c1', 'stories/s1', 'carriers/k1', 'statements/st', 'cases/c2', 'glossary/g1', 'models/o1');
    expect(state.ids).toEqual(['statements/st', 'stories/s1', 'glossary/g1', 'cases/c1', 'cases/c2', 'models/o1', 'methods/m1', 'carriers/k1']);
  });

  it('adds each entry once, and drops keys it cannot place', () => {
    const state = addItems(basket('cases/c1'), ['cases/c1', 'cases/c2', 'cases/c2', 'bogus/x', 'cases/BAD']);
    expect(state.ids).toEqual(['cases/c1', 'cases/c2']);
  });

  it('returns the same state when nothing new is added', () => {
    const state = basket('cases/c1');
    expect(addItems(state, ['cases/c1'])).toBe(state);
  });

  const talk = basket('statements/st', 'cases/c1', 'cases/c2', 'cases/c3', 'methods/m1');
  it.each([
    ['cases/c1', 1, ['cases/c2', 'cases/c1', 'cases/c3']],
    ['cases/c3', -1, ['cases/c1', 'cases/c3', 'cases/c2']],
    ['cases/c1', -1, ['cases/c1', 'cases/c2', 'cases/c3']],
    ['cases/c3', 1, ['cases/c1', 'cases/c2', 'cases/c3']],
  ] as const)('moves %s by %i within its section only', (key, step, cases) => {
    expect(moveBy(talk, key, step).ids).toEqual(['statements/st', ...cases, 'methods/m1']);
  });

  it.each([
    [0, ['cases/c3', 'cases/c1', 'cases/c2']],
    [1, ['cases/c1', 'cases/c3', 'cases/c2']],
    [99, ['cases/c1', 'cases/c2', 'cases/c3']],
    [-5, ['cases/c3', 'cases/c1', 'cases/c2']],
  ])('drops an item at section position %i (clamped)', (index, cases) => {
    expect(moveWithinSection(talk, 'cases/c3', index).ids).toEqual(['statements/st', ...cases, 'methods/m1']);
  });

  it('ignores a move of an item not in the basket', () => {
    expect(moveBy(talk, 'cases/zz', 1)).toBe(talk);
  });
});

describe('notes and removal', () => {
  it('keeps a note per item, forgets empty notes and notes of removed items', () => {
    let state = setNote(basket('cases/c1', 'cases/c2'), 'cases/c1', '开场讲这个');
    state = setNote(state, 'cases/c2', '   ');
    state = setNote(state, 'cases/zz', '不在篮子里');
    expect(state.notes).toEqual({ 'cases/c1': '开场讲这个' });
    expect(removeItem(state, 'cases/c1')).toEqual({ ids: ['cases/c2'], notes: {}, meta: {} });
  });
});

describe('parseBasket', () => {
  it('round-trips through serializeBasket', () => {
    const state = setNote(basket('cases/c1', 'statements/st'), 'cases/c1', '第一行\n第二行');
    expect(parseBasket(serializeBasket(state))).toEqual(state);
  });

  it.each([
    ['nothing stored', null, EMPTY_BASKET],
    ['not JSON', '{ids:', EMPTY_BASKET],
    ['not an object', '"cases/c1"', EMPTY_BASKET],
    ['ids not a list', '{"ids":"cases/c1"}', EMPTY_BASKET],
    [
      'bad keys, duplicates, stray notes and non-string notes',
      '{"ids":["cases/c1","cases/c1","x/y",7,"statements/st"],"notes":{"cases/c1":"好","x/y":"丢掉","statements/st":5}}',
      { ids: ['statements/st', 'cases/c1'], notes: { 'cases/c1': '好' }, meta: {} },
    ],
  ])('salvages what it can from %s', (_case, raw, expected) => {
    expect(parseBasket(raw)).toEqual(expected);
  });
});

describe('the talk fields', () => {
  it('keeps title, audience, date and length across saves and removals; an empty value clears a field', () => {
    let state = setMeta(basket('statements/st', 'cases/c1'), { title: '  发展账  ', audience: 'herders', date: '2026-12-03', minutes: '20' });
    expect(state.meta).toEqual({ title: '发展账', audience: 'herders', date: '2026-12-03', minutes: 20 });
    state = removeItem(state, 'cases/c1');
    expect(parseBasket(serializeBasket(state)).meta).toEqual(state.meta);
    expect(setMeta(state, { title: '', date: '' }).meta).toEqual({ audience: 'herders', minutes: 20 });
  });

  it.each([
    ['an unknown audience', { audience: 'martians' }],
    ['a length not offered', { minutes: 30 }],
    ['an impossible date', { date: '2026-02-31x' }],
    ['a title of spaces', { title: '   ' }],
  ])('drops %s', (_case, change) => {
    expect(setMeta(EMPTY_BASKET, change).meta).toEqual({});
  });

  it('reads a basket saved before the fields existed', () => {
    expect(parseBasket('{"ids":["cases/c1"],"notes":{}}')).toEqual({ ids: ['cases/c1'], notes: {}, meta: {} });
  });
});

describe('groupOutline', () => {
  const entries: Record<string, { title: string }> = {
    'statements/st': { title: '第三句' },
    'cases/c1': { title: '案例一' },
    'methods/m1': { title: '面对面' },
  };
  it('returns non-empty sections in talk order with notes, and the keys the handbook no longer has', () => {
    const state = setNote(basket('methods/m1', 'cases/gone', 'cases/c1', 'statements/st'), 'cases/c1', '讲十分钟');
    const { groups, missing } = groupOutline(state, (key) => entries[key]);
    expect(groups.map((g) => [g.section.id, g.items.map((i) => [i.key, i.note])])).toEqual([
      ['statement', [['statements/st', '']]],
      ['cases', [['cases/c1', '讲十分钟']]],
      ['delivery', [['methods/m1', '']]],
    ]);
    expect(missing).toEqual(['cases/gone']);
  });
});
