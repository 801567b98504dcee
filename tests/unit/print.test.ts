import { describe, expect, it } from 'vitest';
import type { GraphEntry } from '../../src/lib/graph';
import { PRINT_CASES_MAX, PRINT_ORDER, isPrintKind, partSize, printEditionCss, printParts, regionCasesPart } from '../../src/lib/print';
import { contentIndex } from '../support/content-index';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (kind: GraphEntry['kind'], id: string, data: Record<string, unknown> = {}): GraphEntry => ({ kind, id, title: id, summary: '', filePath: `content/${kind}/${id}.mdx`, data });

const index = contentIndex([
  entry('regions', 'r1'),
  entry('regions', 'r2'),
  entry('domains', 'd1'),
  entry('cases', 'c1', { region: ref('regions', 'r1'), domains: [ref('domains', 'd1')] }),
  entry('cases', 'c2', { region: ref('regions', 'r2'), domains: [ref('domains', 'd1')] }),
  entry('cases', 'c3', { region: ref('regions', 'r1'), domains: [ref('domains', 'd1')] }),
  entry('glossary', 'g1'),
  entry('statements', 's1'),
]);

describe('printParts', () => {
  it('follows the reading order, leaves out empty parts and 盟市, and keeps each part’s order', () => {
    const parts = printParts(index);
    expect(parts.map((p) => p.kind)).toEqual(['statements', 'domains', 'cases', 'glossary']);
    expect(parts.map((p) => p.label)).toEqual(['六句话', '领域', '案例', '术语']);
    expect(parts[2]!.entries.map((e) => e.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('prints one part alone', () => {
    expect(printParts(index, 'cases').map((p) => p.kind)).toEqual(['cases']);
  });

  it('prints the cases by 盟市 once they are too many for one edition', () => {
    expect(printParts(index, 'cases')[0]!.byRegion).toBeUndefined();
    const many = contentIndex([
      entry('regions', 'r1'),
      entry('regions', 'r2'),
      entry('regions', 'empty'),
      ...Array.from({ length: PRINT_CASES_MAX + 1 }, (_, i) => entry('cases', `c${i}`, { region: ref('regions', i % 3 ? 'r1' : 'r2') })),
    ]);
    const [cases] = printParts(many, 'cases');
    expect(cases!.entries).toEqual([]);
    expect(cases!.byRegion).toEqual([
      { id: 'r1', title: 'r1', count: 134 },
      { id: 'r2', title: 'r2', count: 67 },
    ]);
    expect(partSize(cases!)).toBe(PRINT_CASES_MAX + 1);
  });
});

describe('regionCasesPart', () => {
  it('holds the cases of one region, in handbook order', () => {
    expect(regionCasesPart(index, 'r1').entries.map((e) => e.id)).toEqual(['c1', 'c3']);
    expect(regionCasesPart(index, 'r2').entries.map((e) => e.id)).toEqual(['c2']);
  });
});

describe('the edition’s page rules', () => {
  it('give every part a named page with its label as running head, and number the pages', () => {
    const css = printEditionCss();
    for (const kind of PRINT_ORDER) {
      expect(css).toContain(`.print-part--${kind} { page: ${kind}; }`);
      expect(css).toMatch(new RegExp(`@page ${kind} \\{ @top-center \\{ content: "[^"]+"; \\} \\}`));
    }
    expect(css).toContain('@top-center { content: "典型与文艺"; }');
    expect(css).toContain('counter(page) " / " counter(pages)');
  });

  it('know which kinds are parts', () => {
    expect(isPrintKind('cases')).toBe(true);
    expect(isPrintKind('regions')).toBe(false);
  });
});
