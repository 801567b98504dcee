// The first search on a weak phone (issue 10), measured in Chromium:
//   node scripts/bench-phone.mjs <distDir> [query]
// A cold cache, DevTools' Fast 3G (562.5 ms round trip, about 1.4 Mbit/s
// down, via CDP Network.emulateNetworkConditions), 4× CPU slowdown
// (Emulation.setCPUThrottlingRate), against a small static server that gzips
// like a real one. Time runs from opening /search/?q=… until the first result
// is visible; requests and bytes (as sent on the wire) are counted up to
// then, and again once Pagefind's own results are in. The median of a few
// runs is printed as a Markdown table; `npm run bench` calls it.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? process.env.HANDBOOK_OUT_DIR ?? 'dist');
const QUERY = process.argv[3] ?? '红书包';
const RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 3);
const BUDGET = { seconds: 2.5, requests: 15, kb: 100 };
// DevTools' "Fast 3G" preset.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
// Pagefind's index files are gzip already; any other text a server would gzip.
const PRECOMPRESSED = /\.(pf_\w+|pagefind)$/;
const gzipped = new Map();
const server = createServer(async (req, res) => {
  let file = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    if (PRECOMPRESSED.test(file) || !/^(text|application\/(json|javascript|manifest)|image\/svg|application\/wasm)/.test(type)) {
      res.writeHead(200, { 'content-type': type, 'content-length': body.length });
      return res.end(body);
    }
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
    const zipped = gzipped.get(file);
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': zipped.length });
    res.end(zipped);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** One cold first search: seconds, requests and bytes to the first visible result and to Pagefind's results. */
async function firstSearch() {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 780 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const finished = []; // [time since navigation start (ms), encoded bytes]
  let navStart;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Document' && navStart === undefined) navStart = e.timestamp;
  });
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, [e.request.url, e.timestamp]));
  cdp.on('Network.loadingFinished', (e) => {
    finished.push([e.timestamp, e.encodedDataLength]);
    if (process.env.BENCH_PHONE_DEBUG) {
      const [url, sent] = urls.get(e.requestId) ?? ['?', 0];
      console.error(`${((sent - navStart) * 1000).toFixed(0).padStart(6)} → ${((e.timestamp - navStart) * 1000).toFixed(0).padStart(6)} ms ${String(e.encodedDataLength).padStart(7)} B ${url.replace(base, '')}`);
    }
  });
  cdp.on('Network.loadingFailed', (e) => finished.push([e.timestamp, 0]));
  // The page notes when a result first becomes visible, and when Pagefind's are in.
  await page.addInitScript(() => {
    const seen = () => [...document.querySelectorAll('#search-results .search-result')].some((el) => el.getBoundingClientRect().height > 0);
    const observer = new MutationObserver(() => {
      const w = window;
      if (w.__firstResult === undefined && seen()) w.__firstResult = performance.now();
      const list = document.querySelector('#search-results');
      if (w.__fullResults === undefined && list?.dataset.query && !list.hasAttribute('aria-busy') && seen()) w.__fullResults = performance.now();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(`${base}/search/?q=${encodeURIComponent(QUERY)}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__fullResults !== undefined, null, { timeout: 120_000 });
  const [first, full] = await page.evaluate(() => [window.__firstResult, window.__fullResults]);
  if (process.env.BENCH_PHONE_DEBUG) console.error(`first result ${first.toFixed(0)} ms, full ${full.toFixed(0)} ms`);
  await new Promise((ok) => setTimeout(ok, 200));
  await context.close();
  // performance.now() counts from the navigation start; CDP timestamps are seconds.
  const upTo = (ms) => finished.filter(([t]) => (t - navStart) * 1000 <= ms);
  const sum = (list) => list.reduce((n, [, b]) => n + b, 0);
  return { first: first / 1000, full: full / 1000, firstRequests: upTo(first).length, firstBytes: sum(upTo(first)), fullRequests: upTo(full).length, fullBytes: sum(upTo(full)) };
}

const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await firstSearch());
await browser.close();
server.close();

const median = (key) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
const kb = (b) => (b / 1024).toFixed(1);
const mark = (ok) => (ok ? '✓' : '✗ 超出预算');
const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(k)]));
console.log(
  [
    `| 弱网手机首次搜索「${QUERY}」（Fast 3G + 4× CPU，冷缓存，${RUNS} 次中位数） | 测得 | 预算 | |`,
    '|---|---:|---:|---|',
    `| 第一条结果出现 秒 | ${m.first.toFixed(2)} | ≤ ${BUDGET.seconds} | ${mark(m.first <= BUDGET.seconds)} |`,
    `| 此前请求数 | ${m.firstRequests} | ≤ ${BUDGET.requests} | ${mark(m.firstRequests <= BUDGET.requests)} |`,
    `| 此前下载量 KB（传输，gzip） | ${kb(m.firstBytes)} | ≤ ${BUDGET.kb} | ${mark(m.firstBytes <= BUDGET.kb * 1024)} |`,
    `| 全文结果完成 秒 / 请求数 / KB | ${m.full.toFixed(2)} / ${m.fullRequests} / ${kb(m.fullBytes)} | | |`,
  ].join('\n'),
);
