import { entryUrl, type Kind } from '../core/kinds';
import type { Citation, Graph } from './graph';
import { entryCasePages, quotePage } from './listings';
import { pageHref } from './pagination';

/**
 * Where a citation lands on its source's page. The anchor is derived from the
 * citing entry and the citation's position, so both ends compute the same one.
 */
export function quoteAnchor(kind: Kind, id: string, index: number): string {
  return `q-${kind}-${id}-${index + 1}`;
}

/**
 * A citation's quote: on its source's page, or for a case past the source's
 * first page of cases, on the later page listing that case (`size` a page).
 */
export function citationUrl(graph: Graph, c: Citation, size: number): string {
  const { kind, id } = graph.nodes.get(c.entry)!;
  const page = quotePage(graph, c, size);
  return `${page === 1 ? entryUrl('sources', c.source) : pageHref(entryCasePages('sources', c.source), page)}#${quoteAnchor(kind, id, c.index)}`;
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
 * comparisons list) lands: its anchor on the source's pages, found among the
 * entry's citations by source and words; the source page if it is not there.
 */
export function quoteUrl(graph: Graph, entryKey: string, source: string, quote: string, size: number): string {
  const citation = graph.citations.get(entryKey)?.find((c) => c.source === source && c.quote === quote);
  return citation ? citationUrl(graph, citation, size) : entryUrl('sources', source);
}
