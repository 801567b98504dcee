import { entryUrl, kindLabel, type Kind } from '../core/kinds';
import type { Graph, GraphEntry } from './graph';

/**
 * The Atom feed of cases and models, newest first. Cases carry their own date.
 * Models carry none: a model is dated by the newest source it cites (when the
 * handbook learned of it); one citing no source takes the newest source date
 * of the handbook. Dates are as precise as the content gives them ("2023",
 * "2023-04"); the feed fills in the first month and day, Beijing time.
 */
export const FEED_KINDS = ['cases', 'models'] as const satisfies readonly Kind[];

export interface FeedItem {
  kind: Kind;
  id: string;
  title: string;
  summary: string;
  /** As in the content: "2023", "2023-04" or "2023-04-23". */
  date: string;
}

interface Index<E> {
  graph: Graph;
  byKind: Record<Kind, readonly E[]>;
}

const dateOf = (e: GraphEntry) => (e.data as { date?: string }).date;
const newest = (dates: readonly (string | undefined)[]) => dates.filter((d): d is string => !!d).sort().at(-1);

export function feedItems<E extends GraphEntry>(index: Index<E>): FeedItem[] {
  const sourceDate = new Map(index.byKind.sources.map((s) => [s.id, dateOf(s)]));
  const latestSource = newest([...sourceDate.values()]) ?? '1970';
  const items = FEED_KINDS.flatMap((kind) =>
    index.byKind[kind].map((e, order) => ({
      item: {
        kind,
        id: e.id,
        title: e.title,
        summary: e.summary,
        date: dateOf(e) ?? newest((index.graph.citations.get(`${kind}/${e.id}`) ?? []).map((c) => sourceDate.get(c.source))) ?? latestSource,
      },
      order,
    })),
  );
  const kindRank = (kind: Kind) => (FEED_KINDS as readonly Kind[]).indexOf(kind);
  // Newest first ("2023-04" counts as newer than "2023"); on the same date,
  // cases before models, each in handbook order.
  return items
    .sort((a, b) => (a.item.date === b.item.date ? kindRank(a.item.kind) - kindRank(b.item.kind) || a.order - b.order : a.item.date < b.item.date ? 1 : -1))
    .map((x) => x.item);
}

/** "2023" → "2023-01-01T00:00:00+08:00": Atom wants a full timestamp. */
export function atomDate(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00+08:00`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Stable ids that do not change when the site moves: tag URIs (RFC 4151). */
const tagId = (path: string) => `tag:qunzhong-jiaoyu-handbook,2023:${path}`;

/**
 * The feed document. `site` is the deployed root (with its base) when known:
 * links are absolute then, and root-relative otherwise (a reader resolves them
 * against the feed's own address).
 */
export function atomFeed(items: readonly FeedItem[], options: { title: string; site?: URL; feedPath: string; homePath: string }): string {
  const link = (path: string) => escapeXml(options.site ? new URL(path, options.site).href : path);
  const updated = atomDate(items.map((i) => i.date).sort().at(-1) ?? '1970');
  const entries = items.map(
    (i) => `  <entry>
    <id>${tagId(`${i.kind}/${i.id}`)}</id>
    <title>${escapeXml(i.title)}</title>
    <link rel="alternate" type="text/html" href="${link(entryUrl(i.kind, i.id))}"/>
    <updated>${atomDate(i.date)}</updated>
    <category term="${i.kind}" label="${escapeXml(kindLabel(i.kind))}"/>
    <summary>${escapeXml(i.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${tagId('feed')}</id>
  <title>${escapeXml(options.title)}</title>
  <subtitle>各盟市实践案例和工作模式，按日期从新到旧。</subtitle>
  <link rel="self" type="application/atom+xml" href="${link(options.feedPath)}"/>
  <link rel="alternate" type="text/html" href="${link(options.homePath)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(options.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
