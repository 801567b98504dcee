import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { loadContent, type LoadedContent } from '../support/load-content';
import { formatProblems, keyOf } from '../../src/lib/graph';
import type { Kind } from '../../src/core/kinds';
import { normalizeQuote } from '../../src/lib/quote-text';
import { sourcesDir } from '../../src/lib/source-texts';

/** The real corpus against the inventory's minimums and the content rules. */
const MINIMUMS: Record<Kind, number> = {
  statements: 6,
  carriers: 7,
  methods: 4,
  domains: 11,
  models: 40,
  cases: 30,
  regions: 12,
  glossary: 50,
  stories: 12,
  guides: 9,
  sources: 5,
};

let content: LoadedContent;
beforeAll(async () => {
  content = await loadContent('content');
});

describe('the handbook content', () => {
  it('parses and links without a problem', () => {
    expect(content.problems, formatProblems(content.problems)).toEqual([]);
  });

  it.each(Object.entries(MINIMUMS))('has at least the inventory minimum of %s', (kind, minimum) => {
    expect(content.entries.filter((e) => e.kind === kind).length).toBeGreaterThanOrEqual(minimum);
  });

  it('has exactly seven core carriers and six statements ordered 1–6', () => {
    expect(content.entries.filter((e) => e.kind === 'carriers' && e.data.core === true)).toHaveLength(7);
    const orders = content.entries.filter((e) => e.kind === 'statements').map((e) => e.data.order).sort();
    expect(orders).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('cites a source in every entry except sources and unmentioned regions', () => {
    const uncited = content.entries
      .filter((e) => e.kind !== 'sources' && e.kind !== 'regions')
      .filter((e) => (content.graph.citations.get(keyOf(e.kind, e.id)) ?? []).length === 0)
      .map((e) => e.filePath);
    expect(uncited).toEqual([]);
  });

  it('has no orphan: every entry links to or from another entry (citations do not count)', () => {
    const notSource = (edge: { from: string; to: string }) => !edge.to.startsWith('sources/') && !edge.from.startsWith('sources/');
    const orphans = content.entries
      .filter((e) => e.kind !== 'sources')
      .map((e) => keyOf(e.kind, e.id))
      .filter((key) => !(content.graph.outgoing.get(key)?.some(notSource) || content.graph.incoming.get(key)?.some(notSource)));
    expect(orphans).toEqual([]);
  });
});

// The sources' full texts sit outside the project (HANDBOOK_SOURCES_DIR, default ../shared/sources).
const SOURCES_DIR = sourcesDir();
const fold = normalizeQuote;

describe.skipIf(!existsSync(SOURCES_DIR))('quotes stay quotes, not a copy of the sources', () => {
  it('keeps every quote short (at most 100 characters)', () => {
    const long = [...content.graph.citations.values()].flat().filter((c) => fold(c.quote).length > 100).map((c) => `${c.entry}: ${c.quote.slice(0, 30)}…`);
    expect(long).toEqual([]);
  });

  it('quotes no source for more than three quarters of its text, all entries together', () => {
    const overQuoted: string[] = [];
    for (const [source, citations] of content.graph.citationsBySource) {
      const text = fold(readFileSync(`${SOURCES_DIR}/${source}.txt`, 'utf8'));
      const covered = new Uint8Array(text.length);
      for (const { quote } of citations) {
        const q = fold(quote);
        for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) covered.fill(1, at, at + q.length);
      }
      const share = covered.reduce((sum, c) => sum + c, 0) / text.length;
      if (share > 0.75) overQuoted.push(`${source}: ${(share * 100).toFixed(0)}%`);
    }
    expect(overQuoted).toEqual([]);
  });
});
