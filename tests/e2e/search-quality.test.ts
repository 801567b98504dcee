import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openSite, type SiteSession } from '../support/browser';
import { resultsFor } from './search-helpers';
import { segmentQuery } from '../../src/lib/search/segment';

/**
 * Recall of the real search page in Chromium: for each query, is the entry it
 * must find the first result (recall@1) or among the first three (recall@3)?
 * Every set must reach the targets of issue 4.
 */
const RECALL_AT_1 = 0.85;
const RECALL_AT_3 = 0.95;

interface QualityQuery {
  q: string;
  expect: string;
  type: string;
}
const load = (file: string) => (JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as { queries: QualityQuery[] }).queries;
const queries = load('search-quality.json');
// The first held-out set: run once (recall@1 85.4%, recall@3 87.5%; natural
// questions 36% / 45%), then used for tuning in session 2 like the set above.
const firstHeldOut = load('search-heldout.json');
// The second held-out set: run once (recall@1 86.8%, recall@3 90.6%; natural
// questions 69.6% / 78.3%), then used for tuning in session 2 like the sets above.
const secondHeldOut = load('search-heldout-2.json');
// The third held-out set, written from the content alone before that tuning
// and run once after it (recall@1 100%, recall@3 100%, questions included).
// Never tune on it: when the search changes, it says whether the change
// generalises.
const heldOut3 = load('search-heldout-3.json');

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Ranks of each query's expected entry on the real search page, with a printed summary. */
async function recallOf(label: string, queries: QualityQuery[]): Promise<{ at1: number; at3: number }> {
  const page = await site.newPage();
  await page.goto('/search/');
  const ranks: { query: QualityQuery; rank: number; top: string[] }[] = [];
  for (const query of queries) {
    const urls = await resultsFor(page, query.q);
    ranks.push({ query, rank: urls.indexOf(query.expect) + 1, top: urls.slice(0, 3) });
  }
  await page.close();
  const recall = (k: number, list = ranks) => list.filter((r) => r.rank >= 1 && r.rank <= k).length / list.length;
  const types = [...new Set(queries.map((q) => q.type))];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    [
      `${label} over ${queries.length} queries: recall@1 ${pct(recall(1))}, recall@3 ${pct(recall(3))}`,
      ...types.map((t) => {
        const of = ranks.filter((r) => r.query.type === t);
        return `  ${t.padEnd(9)} n=${String(of.length).padStart(2)}  @1 ${pct(recall(1, of)).padStart(6)}  @3 ${pct(recall(3, of)).padStart(6)}`;
      }),
      ...ranks.filter((r) => r.rank !== 1).map((r) => `  miss@1 「${r.query.q}」 wants ${r.query.expect}, rank ${r.rank || '—'}: ${r.top.join(' ')}`),
    ].join('\n'),
  );
  return { at1: recall(1), at3: recall(3) };
}

/** Fails unless the set reaches both targets; prints its figures per type and each miss first. */
async function expectRecall(label: string, queries: QualityQuery[]): Promise<void> {
  const { at1, at3 } = await recallOf(label, queries);
  expect(at3).toBeGreaterThanOrEqual(RECALL_AT_3);
  expect(at1).toBeGreaterThanOrEqual(RECALL_AT_1);
}

const targets = `recall@1 ≥ ${RECALL_AT_1 * 100}%, recall@3 ≥ ${RECALL_AT_3 * 100}%`;

describe('search quality', () => {
  it(`finds the expected entry (tuned set): ${targets}`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    await expectRecall('search quality', queries);
  }, 300_000);

  it(`finds the expected entry (first held-out set, now tuned on: questions, typos, traditional characters, pinyin, initials): ${targets}`, async () => {
    expect(firstHeldOut.length).toBeGreaterThanOrEqual(40);
    await expectRecall('first held-out (now tuning)', firstHeldOut);
  }, 300_000);

  it(`finds the expected entry (second held-out set, now tuned on: natural questions, typos, traditional characters, pinyin, initials, keywords): ${targets}`, async () => {
    expect(secondHeldOut.length).toBeGreaterThanOrEqual(50);
    await expectRecall('second held-out (now tuning)', secondHeldOut);
  }, 300_000);

  it(`finds the expected entry (held-out set 3, never tuned on: natural questions, typos, traditional characters, pinyin, initials, keywords): ${targets}`, async () => {
    expect(heldOut3.length).toBeGreaterThanOrEqual(50);
    await expectRecall('held-out set 3, never tuned on', heldOut3);
  }, 300_000);

  it('finds every page containing a piece of a title, and the phrase search finds exactly those (Pagefind #1237)', async () => {
    // Index-time and query-time segmentation must agree: for every 2–4
    // character piece of every title, the loose search returns every page
    // whose indexed text contains it, and the quoted search only those pages.
    const page = await site.newPage();
    await page.goto('/search/');
    const docs = await page.evaluate(async () => {
      // Built as a string so the test runner does not rewrite the import.
      const pagefind = await new Function('return import("/pagefind/pagefind.js")')();
      const all = await pagefind.search(null);
      type Meta = { title: string; aliases?: string; summary?: string };
      const data = await Promise.all(all.results.map((r: { data(): Promise<{ content: string; meta: Meta }> }) => r.data()));
      const clean = (s: string) => s.replace(/[\s\u200b]/g, '');
      // Indexed text: the content and the metadata searched as text (title, aliases, summary).
      return all.results.map((r: { id: string }, i: number) => {
        const { content, meta } = data[i]!;
        return { id: r.id, text: [content, meta.title, meta.aliases ?? '', meta.summary ?? ''].map(clean), title: clean(meta.title) };
      });
    }) as { id: string; text: string[]; title: string }[];
    const pieces = new Set<string>();
    for (const { title } of docs) {
      for (const run of title.match(/\p{Script=Han}+/gu) ?? []) {
        for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= run.length; i += 2) pieces.add(run.slice(i, i + n));
      }
    }
    const checks = [...pieces].map((piece) => ({ piece, query: segmentQuery(piece), want: docs.filter((d) => d.text.some((t) => t.includes(piece))).map((d) => d.id) }));
    const outcome = await page.evaluate(async (checks: { piece: string; query: string; want: string[] }[]) => {
      const pagefind = await new Function('return import("/pagefind/pagefind.js")')();
      let expected = 0;
      let found = 0;
      const inexact: string[] = [];
      for (const { piece, query, want } of checks) {
        const loose = new Set((await pagefind.search(query)).results.map((r: { id: string }) => r.id));
        const phrase = new Set((await pagefind.search(`"${query}"`)).results.map((r: { id: string }) => r.id));
        expected += want.length;
        found += want.filter((id) => loose.has(id)).length;
        if (phrase.size !== want.length || !want.every((id) => phrase.has(id))) inexact.push(piece);
      }
      return { expected, found, inexact };
    }, checks);
    console.log(`substring recall over ${checks.length} title pieces: ${((outcome.found / outcome.expected) * 100).toFixed(2)}%; phrase search exact for ${checks.length - outcome.inexact.length}`);
    expect(outcome.found).toBe(outcome.expected);
    expect(outcome.inexact).toEqual([]);
  }, 300_000);
});
