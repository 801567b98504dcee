import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphEntry } from '../../src/lib/graph';
import { KIND_NAMES, type Kind } from '../../src/core/kinds';
import { AUDIENCE_IDS } from '../../src/schemas/enums';
import { contentIndex } from '../support/content-index';
import { loadContent } from '../support/load-content';
import { ITEMS_PER_LENGTH, sizeOutline } from '../../src/lib/basket/sizing';
import { TALK_MINUTES, isTalkMinutes } from '../../src/lib/basket/meta';
import type { ContentIndex } from '../../src/lib/basket/ready-outlines';

const ref = (collection: Kind, id: string) => ({ collection, id });
const links = (l: Partial<Record<Kind, string[]>>) =>
  Object.fromEntries(Object.entries(l).map(([kind, ids]) => [kind, ids.map((id) => ref(kind as Kind, id))]));
const entry = (kind: Kind, id: string, data: Record<string, unknown> = {}): GraphEntry => ({ kind, id, title: `${kind}:${id}`, summary: '', filePath: '', data });

const index = contentIndex([
  entry('statements', 's1', { links: links({ stories: ['t1', 't2', 't3'], carriers: ['k1', 'k2'], methods: ['m2'], glossary: ['g1'] }) }),
  entry('domains', 'farm', { audiences: ['herders'], links: links({ methods: ['m1'] }) }),
  entry('carriers', 'k1'),
  entry('carriers', 'k2', { audiences: ['herders'] }),
  entry('methods', 'm1', { audiences: ['herders'], formats: ['入户走访', '「算炕头账」'] }),
  entry('methods', 'm2', { audiences: ['students'], formats: ['课堂'] }),
  entry('stories', 't1'),
  entry('stories', 't2', { audiences: ['herders'] }),
  entry('stories', 't3', { audiences: ['students'] }),
  entry('stories', 't9', { audiences: ['herders'] }),
  entry('cases', 'c1', { domains: [ref('domains', 'farm')] }),
  entry('cases', 'c2', { audiences: ['herders'], links: links({ statements: ['s1'] }) }),
  entry('cases', 'c3', { links: links({ statements: ['s1'] }) }),
  entry('cases', 'c4', { audiences: ['students'] }),
  entry('glossary', 'g1', { audiences: ['herders'] }),
]);

describe('sizeOutline', () => {
  it('sizes by length: 4, 6 and 11 items for 10, 20 and 40 minutes when the content has enough', () => {
    expect(TALK_MINUTES.map((m) => 1 + Object.values(ITEMS_PER_LENGTH[m]).reduce((a, b) => a + b))).toEqual([4, 6, 11]);
    expect(sizeOutline(index, 'herders', 'statements/s1', 10).keys).toEqual(['statements/s1', 'stories/t2', 'cases/c2', 'methods/m1']);
    expect(sizeOutline(index, 'herders', 'statements/s1', 20).keys).toEqual(['statements/s1', 'glossary/g1', 'stories/t2', 'cases/c2', 'cases/c1', 'methods/m1']);
  });

  it('prefers entries that suit the audience and are linked with the statement; never takes an unlinked fact or story', () => {
    const keys = sizeOutline(index, 'herders', 'statements/s1', 40).keys;
    // g1 suits herders and is linked; k2 suits herders; k1 only linked comes after both.
    expect(keys.slice(1, 3)).toEqual(['glossary/g1', 'carriers/k2']);
    expect(keys).not.toContain('stories/t9');
    // Cases: suited and linked, then suited, then linked only; a case for students last of all, here left out.
    expect(keys.filter((k) => k.startsWith('cases/'))).toEqual(['cases/c2', 'cases/c1', 'cases/c3']);
    // The format that suits herders first, the statement's own one after.
    expect(keys.filter((k) => k.startsWith('methods/'))).toEqual(['methods/m1', 'methods/m2']);
  });

  it('says how the outline was chosen, naming audience, length and the format', () => {
    expect(sizeOutline(index, 'herders', 'statements/s1', 20).reason).toBe(
      '按“农牧民 · 20 分钟”挑选：这句话，加上与它关联、适合农牧民的 1 条事实、1 个故事、2 个身边案例、1 种讲法；讲法选「methods:m1」（入户走访、「算炕头账」）。',
    );
  });

  it('is deterministic', () => {
    expect(sizeOutline(index, 'students', 'statements/s1', 20)).toEqual(sizeOutline(index, 'students', 'statements/s1', 20));
  });

  it('accepts only the three lengths', () => {
    expect([10, 20, 40, 30, '20'].map(isTalkMinutes)).toEqual([true, true, true, false, false]);
  });
});

describe('sizeOutline on the handbook', () => {
  let handbook: ContentIndex;
  beforeAll(async () => {
    const { entries, graph } = await loadContent('content');
    const byKind = Object.fromEntries(KIND_NAMES.map((k) => [k, entries.filter((e) => e.kind === k)]));
    handbook = { graph, byKind: byKind as unknown as ContentIndex['byKind'] };
  });

  it('always gives the statement first and a format for the audience, and grows with the length', () => {
    for (const audience of AUDIENCE_IDS) {
      for (const statement of handbook.byKind.statements) {
        const key = `statements/${statement.id}`;
        const sizes = TALK_MINUTES.map((m) => sizeOutline(handbook, audience, key, m).keys);
        for (const keys of sizes) {
          expect(keys[0]).toBe(key);
          expect(keys.some((k) => k.startsWith('methods/'))).toBe(true);
          expect(new Set(keys).size).toBe(keys.length);
        }
        expect(sizes[0]!.length).toBeLessThan(sizes[1]!.length);
        expect(sizes[1]!.length).toBeLessThan(sizes[2]!.length);
        expect(sizes[1]!.length).toBeLessThanOrEqual(6);
      }
    }
  });

  it('gives herders a story and pastoral-area cases for statement 3 in 20 minutes', () => {
    const { keys, reason } = sizeOutline(handbook, 'herders', 'statements/zhichi-fazhan', 20);
    expect(keys).toHaveLength(6);
    expect(keys.filter((k) => k.startsWith('stories/'))).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith('cases/'))).toHaveLength(2);
    expect(reason).toContain('农牧民 · 20 分钟');
  });
});
