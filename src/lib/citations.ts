import { entryUrl, type Kind } from '../core/kinds';
import type { Citation } from './graph';

/**
 * Where a citation lands on its source's page. The anchor is derived from the
 * citing entry and the citation's position, so both ends compute the same one.
 */
export function quoteAnchor(kind: Kind, id: string, index: number): string {
  return `q-${kind}-${id}-${index + 1}`;
}

export function citationUrl(source: string, kind: Kind, id: string, index: number): string {
  return `${entryUrl('sources', source)}#${quoteAnchor(kind, id, index)}`;
}

/** The citation's own item in the entry's list of quotes: where a quote on a source page links back to. */
export function citationAnchor(index: number): string {
  return `cite-${index + 1}`;
}

export function citingEntryUrl(kind: Kind, id: string, index: number): string {
  return `${entryUrl(kind, id)}#${citationAnchor(index)}`;
}

/**
 * Where a quote an entry gives outside its citation list (an awards or
 * comparisons list) lands: its anchor on the source page, found among the
 * entry's citations by source and words; the source page if it is not there.
 */
export function quoteUrl(citations: readonly Citation[], kind: Kind, id: string, source: string, quote: string): string {
  const citation = citations.find((c) => c.source === source && c.quote === quote);
  return citation ? citationUrl(source, kind, id, citation.index) : entryUrl('sources', source);
}
