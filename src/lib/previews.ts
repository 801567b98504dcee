import { entryUrl, kindLabel } from '../core/kinds';
import type { GraphEntry } from './graph';

/** What a link preview shows, keyed by the entry's URL. */
export interface Preview {
  kind: string;
  title: string;
  summary: string;
  unverified?: true;
}

export function previewsOf(entries: readonly GraphEntry[]): Record<string, Preview> {
  return Object.fromEntries(
    entries.map((e) => [
      entryUrl(e.kind, e.id),
      { kind: kindLabel(e.kind), title: e.title, summary: e.summary, ...(e.data.unverified === true ? { unverified: true as const } : {}) },
    ]),
  );
}
