import { describe, expect, it } from 'vitest';
import type { GraphEntry } from '../../src/lib/graph';
import { atomDate, atomFeed, feedItems } from '../../src/lib/feed';
import { contentIndex } from '../support/content-index';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (kind: GraphEntry['kind'], id: string, data: Record<string, unknown> = {}): GraphEntry => ({ kind, id, title: `标题${id}`, summary: `摘要 <${id}> & 更多`, filePath: `content/${kind}/${id}.mdx`, data });
const cite = (source: string) => ({ source: ref('sources', source), quote: '原文' });

const index = contentIndex([
  entry('sources', 'old', { date: '2021-11-26' }),
  entry('sources', 'new', { date: '2024' }),
  entry('regions', 'r1'),
  entry('domains', 'd1'),
  entry('cases', 'c2023', { date: '2023', region: ref('regions', 'r1'), domains: [ref('domains', 'd1')] }),
  entry('cases', 'c2023b', { date: '2023', region: ref('regions', 'r1'), domains: [ref('domains', 'd1')] }),
  entry('cases', 'c2021', { date: '2021-11', region: ref('regions', 'r1'), domains: [ref('domains', 'd1')] }),
  entry('models', 'm-old', { citations: [cite('old')] }),
  entry('models', 'm-both', { citations: [cite('old'), cite('new')] }),
  entry('models', 'm-none'),
]);

describe('feedItems', () => {
  it('lists cases and models newest first; a model takes its newest cited source’s date, or the newest source’s', () => {
    expect(feedItems(index).map((i) => `${i.id} ${i.date}`)).toEqual([
      'm-both 2024',
      'm-none 2024',
      'c2023 2023',
      'c2023b 2023',
      'm-old 2021-11-26',
      'c2021 2021-11',
    ]);
  });
});

describe('atomDate', () => {
  it('fills in the first month and day, Beijing time', () => {
    expect(atomDate('2023')).toBe('2023-01-01T00:00:00+08:00');
    expect(atomDate('2021-11')).toBe('2021-11-01T00:00:00+08:00');
    expect(atomDate('2021-11-26')).toBe('2021-11-26T00:00:00+08:00');
  });
});

describe('atomFeed', () => {
  const items = feedItems(index);

  it('links absolutely when the site is known, escapes text, and is updated with its newest entry', () => {
    const xml = atomFeed(items, { title: '手册', site: new URL('https://example.org'), feedPath: '/feed.xml', homePath: '/' });
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/models/m-both/"/>');
    expect(xml).toContain('<summary>摘要 &lt;c2023&gt; &amp; 更多</summary>');
    expect(xml.match(/<updated>([^<]+)<\/updated>/)![1]).toBe('2024-01-01T00:00:00+08:00');
    expect(xml.match(/<entry>/g)).toHaveLength(items.length);
  });

  it('keeps ids that do not depend on where the site is, and root-relative links without a site', () => {
    const xml = atomFeed(items, { title: '手册', feedPath: '/feed.xml', homePath: '/' });
    expect(xml).toContain('<id>tag:qunzhong-jiaoyu-handbook,2023:cases/c2023</id>');
    expect(xml).toContain('href="/cases/c2023/"');
  });
});
