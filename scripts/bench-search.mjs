// Search budgets of issue 4, measured in Chromium on a built site:
//   node scripts/bench-search.mjs <distDir>
// - bytes fetched for a first query (JS, wasm, index chunks, fragments; gzip
//   as a server would send them), each query of the search-quality set as the
//   first one in a fresh browser, median and worst;
// - query latency over the quality set once the index is warm, p50 and p95:
//   the search page's own `search` measure, from the query to the rendered
//   results (ranking and filter counts included).
// Prints a small Markdown table; `npm run bench` calls it (scripts/bench.mjs).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? process.env.HANDBOOK_OUT_DIR ?? 'dist');
// BENCH_SEARCH_QUERIES=n measures the first n queries only (a quick look on a busy machine; the table says how many).
const { queries: allQueries } = JSON.parse(await readFile(new URL('../tests/search-quality.json', import.meta.url), 'utf8'));
const queries = allQueries.slice(0, Number(process.env.BENCH_SEARCH_QUERIES ?? allQueries.length));
const BUDGET = { firstQueryKb: 150, p50: 30, p95: 100 };

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
// Pagefind's index files are gzip already; anything else a server would gzip.
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;
const server = createServer(async (req, res) => {
  let file = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

/** Runs a query on the open search page; resolves when its results are rendered. */
async function query(page, q) {
  await page.fill('#search-page-input', q);
  await page.press('#search-page-input', 'Enter');
  await page.waitForFunction((q) => {
    const list = document.querySelector('#search-results');
    return list?.dataset.query === q && !list.hasAttribute('aria-busy');
  }, q.trim());
}

/**
 * Bytes (gzip) a reader's browser fetches to answer a first query, arriving
 * from the header box at /search/?q=…: scripts, wasm, Pagefind's metadata,
 * index chunks, filters and fragments (not the HTML and CSS of the page).
 */
async function firstQueryBytes(q) {
  // No service worker: its install (the offline shell) is not part of answering a query.
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => bodies.push(response.body().then((body) => [response.url(), body]).catch(() => [response.url(), Buffer.alloc(0)])));
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  // Everything a rendered first page of results needs has been fetched by then.
  await page.waitForFunction((q) => document.querySelector('#search-results')?.dataset.query === q, q.trim());
  const parts = {};
  for (const [url, body] of await Promise.all(bodies)) {
    const path = new URL(url).pathname;
    if (!/\.(js|json|pf_\w+|pagefind)$/.test(path)) continue;
    const part = PARTS.find(([, test]) => test.test(path))[0];
    parts[part] = (parts[part] ?? 0) + (PRECOMPRESSED.test(url) ? body.length : gzipSync(body).length);
  }
  await context.close();
  return { q, bytes: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

// What the first query's bytes are spent on (printed to stderr, under the table's figures).
const PARTS = [
  ['pagefind.js', /\/pagefind\/pagefind\.js$/],
  ['wasm', /\/pagefind\/wasm\./],
  ['entry', /\/pagefind-entry\.json$/],
  ['meta', /\.pf_meta$/],
  ['index chunks', /\.pf_index$/],
  ['fragments', /\.pf_fragment$/],
  ['filters', /\.pf_filter$/],
  ['name index', /\/search-names\.json$/],
  ['name readings', /\/search-names-readings\.json$/],
  ['name traditional', /\/search-names-traditional\.json$/],
  ['name shards', /\/search-names\//],
  ['page scripts', /./],
];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// Fresh contexts share no cache, so a few can run at once without changing the bytes.
const firsts = [];
const waiting = queries.map(({ q }) => q);
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let q = waiting.shift(); q !== undefined; q = waiting.shift()) firsts.push(await firstQueryBytes(q));
  }),
);
const firstBytes = firsts.map((f) => f.bytes);

const page = await browser.newPage({ locale: 'zh-CN', serviceWorkers: 'block' });
await page.goto(`${base}/search/`);
for (const { q } of queries) await query(page, q); // warm: every chunk and fragment loaded once
await page.evaluate(() => performance.clearMeasures('search'));
for (const { q } of queries) await query(page, q);
const latencies = await page.evaluate(() => performance.getEntriesByName('search').map((m) => m.duration));

await browser.close();
server.close();

const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => x.toFixed(1);
const mark = (ok) => (ok ? '✓' : '✗ 超出预算');
const p50 = percentile(latencies, 50);
const p95 = percentile(latencies, 95);
const firstMedian = percentile(firstBytes, 50);
const firstMax = Math.max(...firstBytes);
const overBudget = firsts.filter((f) => f.bytes > BUDGET.firstQueryKb * 1024).sort((a, b) => b.bytes - a.bytes);
{
  const byBytes = [...firsts].sort((a, b) => a.bytes - b.bytes);
  const median = byBytes[Math.ceil(byBytes.length / 2) - 1];
  const worst = byBytes.at(-1);
  const row = (name, f) => `${name} 「${f.q}」 ${kb(f.bytes)} KB: ${PARTS.map(([p]) => f.parts[p] && `${p} ${kb(f.parts[p])}`).filter(Boolean).join(', ')}`;
  const partMedians = PARTS.map(([p]) => `${p} ${kb(percentile(firsts.map((f) => f.parts[p] ?? 0), 50))}`).join(', ');
  console.error([`first query KB, median of each part: ${partMedians}`, row('median query', median), row('largest query', worst)].join('\n'));
}
console.log(
  [
    `| 搜索指标（${queries.length} 个查询） | 测得 | 预算 | |`,
    '|---|---:|---:|---|',
    `| 首次查询下载量 KB（gzip，中位数 / 最大） | ${kb(firstMedian)} / ${kb(firstMax)} | ≤ ${BUDGET.firstQueryKb} | ${mark(firstMax <= BUDGET.firstQueryKb * 1024)} |`,
    `| 其中超出预算的查询 | ${overBudget.length} 个${overBudget.length ? `，最大的：${overBudget.slice(0, 3).map((f) => `「${f.q}」 ${kb(f.bytes)} KB`).join('，')}` : ''} | 0 | ${mark(overBudget.length === 0)} |`,
    `| 查询延迟 p50 ms（索引已加载） | ${ms(p50)} | ≤ ${BUDGET.p50} | ${mark(p50 <= BUDGET.p50)} |`,
    `| 查询延迟 p95 ms（索引已加载） | ${ms(p95)} | ≤ ${BUDGET.p95} | ${mark(p95 <= BUDGET.p95)} |`,
    '',
    '下载量的预算针对真实语料；延迟的预算针对真实语料和 5,000 案例的合成语料。',
  ].join('\n'),
);
