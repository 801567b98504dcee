// The long listings of a built site (argument: its folder, default dist) against
// the 60 KB gzip budget per page: the case finder's pages (/cases/, /cases/page/2/…),
// the collection indexes (/glossary/, /glossary/page/2/…), the region, domain and
// model pages with their first page of cases, the source pages with their first
// page of quoting cases, and the later pages of an entry's cases (/regions/x/cases/2/…,
// a source's with the cases' quotes: /sources/x/cases/2/…); and the case finder's data (/cases/index-1.json…,
// in parts fetched side by side when the reader filters): each part against the
// budget, and all parts together. Prints a Markdown table (bench.mjs adds it to
// bench/RESULTS.md). KB here is 1,000 bytes; gzip at Node's default level.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from './lib/html-files.mjs';
import { KIND_NAMES } from '../src/core/kinds.ts';

const site = process.argv[2] ?? 'dist';
const BUDGET_KB = 60;
const kinds = new Set(KIND_NAMES);

/** Which listing a built page is, by its path (e.g. "regions/x/cases/2"), or undefined. */
function listingOf(path) {
  const parts = path.split('/');
  if (parts[0] === 'cases' && (parts.length === 1 || (parts.length === 3 && parts[1] === 'page'))) return '案例查找页';
  if (!kinds.has(parts[0])) return undefined;
  if (parts.length === 1 || (parts.length === 3 && parts[1] === 'page')) return '各类条目索引页（含术语）';
  if (parts.length === 2 && ['regions', 'domains', 'models'].includes(parts[0])) return '盟市、领域、工作模式条目页';
  if (parts.length === 2 && parts[0] === 'sources') return '来源条目页（含引文）';
  if (parts.length === 4 && parts[2] === 'cases') return '条目的案例续页';
  return undefined;
}

const groups = new Map(['案例查找页', '各类条目索引页（含术语）', '盟市、领域、工作模式条目页', '来源条目页（含引文）', '条目的案例续页'].map((name) => [name, { count: 0, largest: 0, path: '' }]));
const other = { count: 0, largest: 0, path: '' };
for (const file of htmlFiles(site)) {
  const path = relative(site, file).split(sep).join('/').replace(/\/?index\.html$/, '');
  const size = gzipSync(readFileSync(file)).length;
  const group = groups.get(listingOf(path)) ?? other;
  group.count++;
  if (size > group.largest) Object.assign(group, { largest: size, path: `/${path}${path ? '/' : ''}` });
}
const parts = readdirSync(join(site, 'cases')).filter((name) => /^index-\d+\.json$/.test(name)).map((name) => gzipSync(readFileSync(join(site, 'cases', name))).length);
const json = Math.max(...parts);

const kb = (bytes) => (bytes / 1000).toFixed(1);
const judge = (bytes) => (bytes <= BUDGET_KB * 1000 ? '✓' : '✗ 超出预算');
const listings = [...groups.values()];
const largest = listings.reduce((a, b) => (b.largest > a.largest ? b : a));
console.log(
  [
    `| 列表页指标（gzip） | 页数 | 最大 KB | 预算 KB | | 最大的页 |`,
    '|---|---:|---:|---:|---|---|',
    `| 全部列表页 | ${listings.reduce((n, g) => n + g.count, 0)} | ${kb(largest.largest)} | ≤ ${BUDGET_KB} | ${judge(largest.largest)} | ${largest.path} |`,
    ...[...groups].map(([name, g]) => `| 其中：${name} | ${g.count} | ${kb(g.largest)} | ≤ ${BUDGET_KB} | ${g.count ? judge(g.largest) : '—'} | ${g.path} |`),
    `| 案例查找数据 /cases/index-*.json，最大的一份 | ${parts.length} | ${kb(json)} | ≤ ${BUDGET_KB} | ${judge(json)} | |`,
    `| 案例查找数据合计（筛选时一次下载） | ${parts.length} | ${kb(parts.reduce((a, b) => a + b, 0))} | | | |`,
    `| 其他页面（不是列表页，仅供参考） | ${other.count} | ${kb(other.largest)} | | | ${other.path} |`,
  ].join('\n'),
);
