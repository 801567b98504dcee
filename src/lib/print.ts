import { kindLabel, type Kind } from '../core/kinds';
import { keyOf, referrers, type Graph, type GraphEntry } from './graph';

/**
 * The printed edition: which parts, in which order, hold which entries.
 * 盟市 are not a part of their own: their cases are, and each 盟市's cases can
 * be printed alone.
 */
export const PRINT_ORDER = ['statements', 'carriers', 'methods', 'domains', 'models', 'cases', 'stories', 'glossary', 'guides', 'sources'] as const satisfies readonly Kind[];
export type PrintKind = (typeof PRINT_ORDER)[number];

export function isPrintKind(kind: string): kind is PrintKind {
  return (PRINT_ORDER as readonly string[]).includes(kind);
}

export interface PrintPart<E> {
  kind: PrintKind;
  /** The running head and the bookmark of the part. */
  label: string;
  entries: readonly E[];
}

interface Index<E> {
  graph: Graph;
  byKind: Record<Kind, readonly E[]>;
}

/** The whole handbook in reading order, or one part of it; empty parts are left out. */
export function printParts<E extends GraphEntry>(index: Index<E>, only?: PrintKind): PrintPart<E>[] {
  return PRINT_ORDER.filter((kind) => !only || kind === only)
    .map((kind) => ({ kind, label: kindLabel(kind), entries: index.byKind[kind] }))
    .filter((part) => part.entries.length > 0);
}

/** The cases of one 盟市, in handbook order, as a part of their own. */
export function regionCasesPart<E extends GraphEntry>(index: Index<E>, regionId: string): PrintPart<E> {
  const keys = new Set(referrers(index.graph, keyOf('regions', regionId), 'region', 'cases'));
  return { kind: 'cases', label: kindLabel('cases'), entries: index.byKind.cases.filter((c) => keys.has(keyOf('cases', c.id))) };
}

/** Id of an entry's section in the printed edition; the PDF script points links at it. */
export function printAnchor(kind: Kind, id: string): string {
  return `${kind}-${id}`;
}

/**
 * The edition's print stylesheet: a named page per part, so each part starts
 * on a new page and carries its name as the running head (Chromium has no
 * `string-set`), and page numbers in the bottom margin.
 */
export function printEditionCss(): string {
  const parts = PRINT_ORDER.map(
    (kind) => `.print-part--${kind} { page: ${kind}; }\n@page ${kind} { @top-center { content: "${kindLabel(kind)}"; } }`,
  );
  return [
    '@page { size: A4; margin: 20mm 16mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } @top-center { font-size: 9pt; color: #555; } }',
    ...parts,
  ].join('\n');
}
