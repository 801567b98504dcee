import { kindLabel, type Kind } from './kinds';
import { keyOf, type GraphEntry } from './graph';

/**
 * Pagefind filter values for an entry: its kind, and for entries tied to
 * places and domains, the region, domain and model titles. Filter names are
 * Chinese because Pagefind shows them to readers as-is.
 */
export interface Facet {
  name: '类别' | '盟市' | '领域' | '工作模式';
  value: string;
}

type Ref = { collection: Kind; id: string };

export function searchFacets(entry: GraphEntry, lookup: (key: string) => GraphEntry | undefined): Facet[] {
  const d = entry.data as { region?: Ref; regions?: Ref[]; domains?: Ref[]; links?: { models?: Ref[] } };
  const title = (r: Ref) => lookup(keyOf(r.collection, r.id))?.title ?? r.id;
  const facets: Facet[] = [{ name: '类别', value: kindLabel(entry.kind) }];
  for (const r of [...(d.region ? [d.region] : []), ...(d.regions ?? [])]) facets.push({ name: '盟市', value: title(r) });
  for (const r of d.domains ?? []) facets.push({ name: '领域', value: title(r) });
  const models = entry.kind === 'models' ? [{ collection: 'models' as const, id: entry.id }] : (d.links?.models ?? []);
  for (const r of models) facets.push({ name: '工作模式', value: title(r) });
  return facets;
}
