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
  /** Set when the part's cases are too many for one edition: they are printed by 盟市 instead. */
  byRegion?: { id: string; title: string; count: number }[];
}

/**
 * The most cases one printed edition holds. Beyond that (a growing corpus:
 * thousands of cases, thousands of printed pages, a page of tens of MB to
 * build) the edition lists each 盟市's own edition instead of the cases.
 */
export const PRINT_CASES_MAX = 200;

interface Index<E> {
  graph: Graph;
  byKind: Record<Kind, readonly E[]>;
}

/** The whole handbook in reading order, or one part of it; empty parts are left out. */
export function printParts<E extends GraphEntry>(index: Index<E>, only?: PrintKind): PrintPart<E>[] {
  return PRINT_ORDER.filter((kind) => !only || kind === only)
    .filter((kind) => index.byKind[kind].length > 0)
    .map((kind) =>
      kind === 'cases' && index.byKind.cases.length > PRINT_CASES_MAX
        ? { kind, label: kindLabel(kind), entries: [], byRegion: casesByRegion(index) }
        : { kind, label: kindLabel(kind), entries: index.byKind[kind] },
    );
}

/** How many entries a part has, printed in it or in its 盟市 editions. */
export function partSize(part: PrintPart<unknown>): number {
  return part.byRegion ? part.byRegion.reduce((n, r) => n + r.count, 0) : part.entries.length;
}

/** Each 盟市 with cases, and how many. */
function casesByRegion<E extends GraphEntry>(index: Index<E>): NonNullable<PrintPart<E>['byRegion']> {
  return index.byKind.regions
    .map((region) => ({ id: region.id, title: region.title, count: referrers(index.graph, keyOf('regions', region.id), 'region', 'cases').length }))
    .filter((region) => region.count > 0);
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
