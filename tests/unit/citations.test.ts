import { describe, expect, it } from 'vitest';
import { citationAnchor, citationUrl, citingEntryUrl, quoteAnchor, quoteUrl } from '../../src/lib/citations';
import type { Citation } from '../../src/lib/graph';

describe('citation links', () => {
  it('gives both ends of a citation matching anchors', () => {
    expect(citationUrl('tongliao-pilot-2023', 'cases', 'a', 0)).toBe(`/sources/tongliao-pilot-2023/#${quoteAnchor('cases', 'a', 0)}`);
    expect(quoteAnchor('cases', 'a', 0)).toBe('q-cases-a-1');
    expect(citingEntryUrl('cases', 'a', 2)).toBe(`/cases/a/#${citationAnchor(2)}`);
    expect(citationAnchor(2)).toBe('cite-3');
  });

  it('finds a list’s quote among the entry’s citations, or falls back to the source page', () => {
    const citations: Citation[] = [
      { entry: 'domains/x', source: 'wudinghe-plan-2024', quote: '评选文明家庭', index: 0, field: 'citations' },
      { entry: 'domains/x', source: 'tongliao-pilot-2023', quote: '评选文明家庭', index: 1, field: 'awards' },
    ];
    expect(quoteUrl(citations, 'domains', 'x', 'tongliao-pilot-2023', '评选文明家庭')).toBe('/sources/tongliao-pilot-2023/#q-domains-x-2');
    expect(quoteUrl(citations, 'domains', 'x', 'tongliao-pilot-2023', '别的话')).toBe('/sources/tongliao-pilot-2023/');
  });
});
