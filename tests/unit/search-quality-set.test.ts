import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../support/load-content';
import { entryUrl, type Kind } from '../../src/core/kinds';

/** The search-quality set stays meaningful as content changes: every expected entry exists. */
const { queries } = JSON.parse(readFileSync(new URL('../search-quality.json', import.meta.url), 'utf8')) as {
  queries: { q: string; expect: string; type: string }[];
};

describe('search-quality set', () => {
  it('has at least 60 distinct queries of every kind the issue names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
    for (const type of ['model', 'slogan', 'place', 'practice', 'term', 'partial', 'two-word', 'pinyin', 'initials']) {
      expect(queries.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(3);
    }
  });

  it('expects only entries that exist', async () => {
    const { entries } = await loadContent('content');
    const urls = new Set(entries.map((e) => entryUrl(e.kind as Kind, e.id)));
    expect(queries.filter((q) => !urls.has(q.expect)).map((q) => `${q.q} → ${q.expect}`)).toEqual([]);
  });
});
