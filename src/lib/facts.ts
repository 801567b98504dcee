import { entryUrl, routeUrl, type Kind } from '../core/kinds';
import { keyOf, type GraphEntry } from './graph';
import { AUDIENCES } from '../schemas/enums';

/**
 * The short facts shown at the top of an entry page and on its card, derived
 * from the entry's data. Pure: the page only renders the rows.
 */
export interface FactItem {
  text: string;
  href?: string;
}
export interface FactRow {
  label: string;
  items: FactItem[];
  /** For lists that come from one source (awards, comparisons). */
  source?: { id: string; quote: string };
}

type Ref = { collection: Kind; id: string };
type Lookup = (key: string) => GraphEntry | undefined;

const audienceLabel = new Map<string, string>(AUDIENCES.map((a) => [a.id, a.label]));

function refItems(refs: unknown, lookup: Lookup): FactItem[] {
  return ((refs as Ref[] | undefined) ?? []).map((r) => ({
    text: lookup(keyOf(r.collection, r.id))?.title ?? r.id,
    href: entryUrl(r.collection, r.id),
  }));
}

const texts = (values: unknown): FactItem[] => ((values as string[] | undefined) ?? []).map((text) => ({ text }));

/** "2023-04-23" → "2023年4月23日"; "2023" → "2023年". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

export function factsOf(entry: GraphEntry, lookup: Lookup): FactRow[] {
  const d = entry.data as Record<string, unknown>;
  const rows: FactRow[] = [];
  const add = (label: string, items: FactItem[]) => {
    if (items.length > 0) rows.push({ label, items });
  };
  switch (entry.kind) {
    case 'cases':
      add('盟市', refItems([d.region], lookup));
      add('地点', d.place ? [{ text: String(d.place) }] : []);
      add('领域', refItems(d.domains, lookup));
      add('时间', [{ text: formatDate(String(d.date)) + (d.dateNote ? '（推断）' : '') }]);
      break;
    case 'models':
      add('领域', refItems(d.domains, lookup));
      add('盟市', refItems(d.regions, lookup));
      add('组成', texts(d.parts));
      break;
    case 'methods':
      add('具体形式', texts(d.formats));
      add('由谁开展', texts(d.deliveredBy));
      break;
    case 'domains':
      add('谁牵头', d.leads ? [{ text: String(d.leads) }] : [{ text: '来源未说明' }]);
      add('整合力量', texts(d.forces));
      add('讲什么账', texts(d.accounts));
      add('寓教于', d.teachingThrough ? [{ text: String(d.teachingThrough) }] : []);
      add('争当', d.exemplar ? [{ text: String(d.exemplar) }] : []);
      for (const field of ['comparisons', 'awards'] as const) {
        for (const list of (d[field] as { items: string[]; source: Ref; quote: string }[] | undefined) ?? []) {
          rows.push({
            label: field === 'comparisons' ? '比什么' : '评什么',
            items: texts(list.items),
            source: { id: list.source.id, quote: list.quote },
          });
        }
      }
      break;
    case 'sources':
      add('类型', [{ text: String(d.genre) }]);
      add('发布者', [{ text: String(d.publisher) }]);
      add('作者', texts(d.authors));
      add('日期', [{ text: formatDate(String(d.date)) + (d.dateNote ? '（推断）' : '') }]);
      add('栏目', texts(d.sections));
      break;
    case 'stories':
      add('类别', [{ text: String(d.category) }]);
      break;
    default:
      break;
  }
  add('适合对象', ((d.audiences as string[] | undefined) ?? []).map((a) => ({ text: audienceLabel.get(a) ?? a, href: routeUrl(`audiences/${a}/`) })));
  return rows;
}

/** One line of metadata under a card's title: where, which domain, when. */
export function cardMeta(entry: GraphEntry, lookup: Lookup): string {
  const d = entry.data as Record<string, unknown>;
  const titles = (refs: unknown) => refItems(refs, lookup).map((i) => i.text);
  if (entry.kind === 'cases') return [titles([d.region])[0], ...titles(d.domains), formatDate(String(d.date))].join(' · ');
  if (entry.kind === 'models') return [...titles(d.regions), ...titles(d.domains)].join(' · ');
  return '';
}
