// npm run bench: measures a newcomer's clone-to-served time and install size
// (scripts/bench-newcomer.mjs; BENCH_NEWCOMER=0 skips it), then builds a synthetic corpus of N cases (1,000 and 5,000) with
// the full pipeline and with a bare floor, and prints build seconds, pages per
// second, peak memory, Pagefind seconds and index size, and the full/floor
// ratio. BENCH_SEARCH=0 skips the search benchmarks. The offline package
// (scripts/bench-offline.mjs) is measured on the real corpus.
// Results go to stdout and bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticCorpus } from './synthetic-corpus.mjs';

// BENCH_SIZES= (empty) measures the real corpus only.
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').filter(Boolean).map(Number);
const TMP = resolve('bench/tmp');
const SEARCH = existsSync('scripts/bench-search.mjs') && process.env.BENCH_SEARCH !== '0';

function countPages(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += name === 'pagefind' || name === '_astro' ? 0 : countPages(path);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

function sizeOf(dir) {
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    bytes += statSync(path).isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return bytes;
}

function measure(label, root, env) {
  const runEnv = { ...process.env, ...env };
  const build = spawnSync(process.execPath, ['bench/build-once.mjs', root], { env: runEnv, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (build.status !== 0) throw new Error(`${label}: build failed\n${build.stderr}\n${build.stdout}`);
  const { seconds, maxRssMb } = JSON.parse(build.stdout.trim().split('\n').at(-1));
  const pages = countPages(env.HANDBOOK_OUT_DIR);
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/pagefind.mjs'], { env: runEnv, stdio: 'ignore' });
  const pagefindSeconds = (performance.now() - started) / 1000;
  const indexMb = sizeOf(join(env.HANDBOOK_OUT_DIR, 'pagefind')) / 1e6;
  const row = { label, seconds, pages, pagesPerSecond: pages / seconds, maxRssMb, pagefindSeconds, indexMb };
  console.log(JSON.stringify(row));
  return row;
}

/** Search budgets on a built site, then the first search on a weak phone (issue 10). */
const searchBench = (out) =>
  [
    execFileSync(process.execPath, ['scripts/bench-search.mjs', out], { encoding: 'utf8' }).trim(),
    execFileSync(process.execPath, ['scripts/bench-phone.mjs', out], { encoding: 'utf8' }).trim(),
  ].join('\n\n');

const rows = [];
const ratios = [];
// A newcomer's clone → install → served, and the install size, against a bare Astro project.
if (process.env.BENCH_NEWCOMER !== '0') {
  rows.push({ label: '新用户：克隆、安装、启动', section: execFileSync(process.execPath, ['scripts/bench-newcomer.mjs'], { encoding: 'utf8' }) });
}
// The search budgets are set for the real corpus first: build it as shipped.
if (SEARCH) {
  const out = join(TMP, 'out-real');
  const env = { ...process.env, HANDBOOK_OUT_DIR: out, HANDBOOK_CACHE_DIR: join(TMP, 'cache-real') };
  execFileSync('npm', ['run', 'build'], { env, stdio: 'ignore' });
  rows.push({ label: '真实语料 · 搜索', section: searchBench(out) });
  rows.push({ label: '真实语料 · 离线包', section: execFileSync(process.execPath, ['scripts/bench-offline.mjs', out], { encoding: 'utf8' }) });
}
for (const n of SIZES) {
  const corpus = join(TMP, `corpus-${n}`);
  writeSyntheticCorpus(corpus, n);
  const run = (variant, root) =>
    measure(`${n} 案例 · ${variant}`, root, {
      HANDBOOK_CONTENT_DIR: corpus,
      HANDBOOK_OUT_DIR: join(TMP, `out-${n}-${variant}`),
      HANDBOOK_CACHE_DIR: join(TMP, `cache-${n}-${variant}`),
    });
  const full = run('full', '.');
  // The offline package of the generated corpus (the 12 MB goal is for the real one).
  const fullOut = join(TMP, `out-${n}-full`);
  execFileSync(process.execPath, ['scripts/offline.mjs', fullOut], { stdio: 'ignore' });
  const offline = { label: `${n} 案例 · 离线包`, section: execFileSync(process.execPath, ['scripts/bench-offline.mjs', fullOut, '--generated'], { encoding: 'utf8' }) };
  const floor = run('floor', 'bench/floor');
  rows.push(full, floor);
  ratios.push({ n, full: full.seconds / floor.seconds, memory: full.maxRssMb / floor.maxRssMb });
  // Search budgets on the generated corpus, when the search benchmark is present.
  if (SEARCH) {
    rows.push({ label: `${n} 案例 · 搜索`, section: searchBench(join(TMP, `out-${n}-full`)) });
  }
  rows.push(offline);
}

const fmt = (x, d = 1) => x.toFixed(d);
const builds = rows.filter((r) => !r.section);
const table = [
  ...(builds.length ? ['| 语料 · 构建 | 构建秒数 | 页面数 | 页/秒 | 峰值内存 MB | Pagefind 秒数 | 索引 MB |', '|---|---:|---:|---:|---:|---:|---:|'] : []),
  ...builds.map((r) => `| ${r.label} | ${fmt(r.seconds)} | ${r.pages} | ${fmt(r.pagesPerSecond, 0)} | ${fmt(r.maxRssMb, 0)} | ${fmt(r.pagefindSeconds)} | ${fmt(r.indexMb, 2)} |`),
  '',
  ...ratios.map((r) => `- ${r.n} 案例：完整构建 / 最简构建 = ${fmt(r.full, 2)}；峰值内存 = ${fmt(r.memory, 2)}`),
  ...rows.filter((r) => r.section).flatMap((r) => ['', `### ${r.label}`, '', r.section.trim()]),
].join('\n');
console.log(`\n${table}`);

const machine = `${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${Math.round(totalmem() / 2 ** 30)} GiB，Node ${process.version}`;
const header = `## ${new Date().toISOString().slice(0, 10)} · ${machine}\n\n`;
const previous = existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8').replace(/^# .*\n+/, '') : '';
writeFileSync('bench/RESULTS.md', `# 基准测试结果\n\n由 \`npm run bench\` 生成，最新的在前。\n\n${header}${table}\n\n${previous.replace(/^由 `npm run bench` 生成，最新的在前。\n+/, '')}`);
