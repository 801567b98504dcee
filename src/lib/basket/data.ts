import { entryUrl } from '../../core/kinds';
import type { Citation, GraphEntry } from '../graph';

/**
 * What the outline page needs to know about each entry, published once per
 * build as /basket-data.json so entry pages carry none of it.
 */
export interface BasketCitation {
  quote: string;
  note?: string;
  sourceTitle: string;
  /** The quote on its source's page. */
  url: string;
}

export interface BasketEntry {
  id: string;
  kind: GraphEntry['kind'];
  title: string;
  /** The entry's one line: the item's key point in the outline. */
  summary: string;
  url: string;
  citations: BasketCitation[];
}

/** Entries by graph key (`cases/abc`). */
export type BasketData = Record<string, BasketEntry>;

export function buildBasketData(
  entries: Iterable<GraphEntry>,
  citationsOf: (key: string) => readonly Citation[],
  sourceTitle: (sourceId: string) => string,
  /** Where a citation's quote is on its source's pages (citations.citationUrl). */
  quoteHref: (c: Citation) => string,
): BasketData {
  const data: BasketData = {};
  for (const e of entries) {
    const key = `${e.kind}/${e.id}`;
    data[key] = {
      id: e.id,
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      url: entryUrl(e.kind, e.id),
      citations: citationsOf(key).map((c) => ({
        quote: c.quote,
        ...(c.note ? { note: c.note } : {}),
        sourceTitle: sourceTitle(c.source),
        url: quoteHref(c),
      })),
    };
  }
  return data;
}
