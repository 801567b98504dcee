// npm run bench: measures a newcomer's clone-to-served time and install size
// (scripts/bench-newcomer.mjs; BENCH_NEWCOMER=0 skips it), the search and
// offline budgets on the real corpus, then, for synthetic corpora of N cases
// (BENCH_SIZES, default 2,000 and 5,000), the whole `npm run build` pipeline
// against a bare Astro 7 floor (bench/floor: Sätteri, a one-line page, the
// Pagefind CLI) in interleaved pairs (full, floor, full, floor, …;
// BENCH_PAIRS, default 3), with the median ratio of wall time and of peak
// memory. Every run starts from an empty output and cache folder. Then the
// listing-page sizes and the search and offline budgets of the generated
// site. BENCH_SEARCH=0 skips the search benchmarks. Results go to stdout and
// bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticCorpus } from './synthetic-corpus.mjs';

// BENCH_SIZES= (empty) measures the real corpus only.
const SIZES = (process.env.BENCH_SIZES ?? '2000,5000').split(',').filter(Boolean).map(Number);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const TMP = resolve('bench/tmp');
const SEARCH = process.env.BENCH_SEARCH !== '0';
// GNU time reports the peak resident memory of the largest process a command
// ran (the build steps run one after another, so that is the pipeline's peak).
const GNU_TIME = '/usr/bin/time';

/** The build script of package.json, cut into its steps: each is timed on its own. */
const FULL_STEPS = JSON.parse(readFileSync('package.json', 'utf8')).scripts.build.split('&&').map((s) => s.trim());
const floorSteps = (out) => ['astro build --root bench/floor', `pagefind --site ${out}`];

/** Runs one shell step; returns its wall seconds and peak memory (MB, NaN without GNU time). */
function runStep(step, env) {
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const run = timed
    ? spawnSync(GNU_TIME, ['-f', 'peak-kb %M', 'sh', '-c', step], { env, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync('sh', ['-c', step], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`bench: 「${step}」 failed\n${run.stderr.slice(-4000)}\n${run.stdout.slice(-2000)}`);
  const peak = /peak-kb (\d+)\s*$/.exec(run.stderr);
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : NaN };
}

function countPages(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += name === 'pagefind' || name === '_astro' ? 0 : countPages(path);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

/** One cold build of a variant: empty output and cache, every step timed. */
function buildOnce(steps, env) {
  rmSync(env.HANDBOOK_OUT_DIR, { recursive: true, force: true });
  rmSync(env.HANDBOOK_CACHE_DIR, { recursive: true, force: true });
  const load = loadavg()[0];
  const timings = steps.map((step) => ({ step, ...runStep(step, env) }));
  return {
    seconds: timings.reduce((sum, t) => sum + t.seconds, 0),
    peakMb: Math.max(...timings.map((t) => t.peakMb)),
    timings,
    load,
    pages: countPages(env.HANDBOOK_OUT_DIR),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
/** The step's name as printed: 「astro build」, 「scripts/offline.mjs」. */
const stepName = (step) =>
  step
    .replace(/^node (--\S+ )*/, '')
    .replace('node_modules/astro/bin/astro.mjs', 'astro')
    .replace(/ --.*$/, '');

/** Interleaved full / floor pairs on one corpus, as a Markdown section. */
function comparePipelines(n, corpus) {
  const envOf = (variant) => ({
    ...process.env,
    HANDBOOK_CONTENT_DIR: corpus,
    HANDBOOK_OUT_DIR: join(TMP, `out-${n}-${variant}`),
    HANDBOOK_CACHE_DIR: join(TMP, `cache-${n}-${variant}`),
  });
  const pairs = [];
  for (let i = 0; i < PAIRS; i++) {
    const full = buildOnce(FULL_STEPS, envOf('full'));
    const floor = buildOnce(floorSteps(envOf('floor').HANDBOOK_OUT_DIR), envOf('floor'));
    pairs.push({ full, floor, time: full.seconds / floor.seconds, memory: full.peakMb / floor.peakMb });
    console.error(`bench: ${n} cases, pair ${i + 1}: full ${fmt(full.seconds)} s, floor ${fmt(floor.seconds)} s, ratio ${fmt(pairs.at(-1).time, 2)}`);
  }
  const time = median(pairs.map((p) => p.time));
  const memory = median(pairs.map((p) => p.memory));
  const mark = (ok) => (ok ? '✓' : '✗');
  const stepRows = (variant) =>
    pairs[0][variant].timings.map((_, k) => {
      const ts = pairs.map((p) => p[variant].timings[k]);
      return `| ${variant === 'full' ? '完整' : '最简'} · ${stepName(ts[0].step)} | ${fmt(median(ts.map((t) => t.seconds)))} | ${fmt(median(ts.map((t) => t.peakMb)), 0)} |`;
    });
  return [
    `页面数：完整 ${pairs[0].full.pages}，最简 ${pairs[0].floor.pages}。完整、最简交替各 ${PAIRS} 次，每次输出和缓存目录都先清空。`,
    '',
    '| 对 | 开始时负载 | 完整流水线 秒 | 最简 秒 | 时间比 | 完整峰值内存 MB | 最简峰值内存 MB | 内存比 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...pairs.map((p, i) => `| ${i + 1} | ${fmt(p.full.load)} / ${fmt(p.floor.load)} | ${fmt(p.full.seconds)} | ${fmt(p.floor.seconds)} | ${fmt(p.time, 2)} | ${fmt(p.full.peakMb, 0)} | ${fmt(p.floor.peakMb, 0)} | ${fmt(p.memory, 2)} |`),
    '',
    `- 时间比中位数 **${fmt(time, 2)}**（目标 ≤ 1.3）${mark(time <= 1.3)}；峰值内存比中位数 **${fmt(memory, 2)}**（目标 ≤ 1.2）${mark(memory <= 1.2)}。`,
    '',
    '| 步骤（各对的中位数） | 秒 | 峰值内存 MB |',
    '|---|---:|---:|',
    ...stepRows('full'),
    ...stepRows('floor'),
  ].join('\n');
}

/** Search budgets on a built site, then the first search on a weak phone (issue 10). */
const searchBench = (out) =>
  [
    execFileSync(process.execPath, ['scripts/bench-search.mjs', out], { encoding: 'utf8' }).trim(),
    execFileSync(process.execPath, ['scripts/bench-phone.mjs', out], { encoding: 'utf8' }).trim(),
  ].join('\n\n');

const sections = [];
// A newcomer's clone → install → served, and the install size, against a bare Astro project.
if (process.env.BENCH_NEWCOMER !== '0') {
  sections.push({ label: '新用户：克隆、安装、启动', body: execFileSync(process.execPath, ['scripts/bench-newcomer.mjs'], { encoding: 'utf8' }) });
}
mkdirSync(TMP, { recursive: true });
// The search budgets are set for the real corpus first: build it as shipped.
if (SEARCH) {
  const out = join(TMP, 'out-real');
  const env = { ...process.env, HANDBOOK_OUT_DIR: out, HANDBOOK_CACHE_DIR: join(TMP, 'cache-real') };
  execFileSync('npm', ['run', 'build'], { env, stdio: 'ignore' });
  sections.push({ label: '真实语料 · 搜索', body: searchBench(out) });
  sections.push({ label: '真实语料 · 离线包', body: execFileSync(process.execPath, ['scripts/bench-offline.mjs', out], { encoding: 'utf8' }) });
}
for (const n of SIZES) {
  const corpus = join(TMP, `corpus-${n}`);
  writeSyntheticCorpus(corpus, n);
  sections.push({ label: `${n} 案例 · 完整构建流水线对最简 Astro 构建`, body: comparePipelines(n, corpus) });
  // The last full build of the pairs is the generated site measured below.
  const out = join(TMP, `out-${n}-full`);
  sections.push({ label: `${n} 案例 · 列表页大小`, body: execFileSync(process.execPath, ['scripts/bench-listings.mjs', out], { encoding: 'utf8' }) });
  if (SEARCH) sections.push({ label: `${n} 案例 · 搜索`, body: searchBench(out) });
  sections.push({ label: `${n} 案例 · 离线包`, body: execFileSync(process.execPath, ['scripts/bench-offline.mjs', out, '--generated'], { encoding: 'utf8' }) });
}

const report = sections.map((s) => `### ${s.label}\n\n${s.body.trim()}`).join('\n\n');
console.log(`\n${report}`);

const machine = `${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${Math.round(totalmem() / 2 ** 30)} GiB，Node ${process.version}`;
const header = `## ${new Date().toISOString().slice(0, 10)} · ${machine}\n\n`;
const previous = existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8').replace(/^# .*\n+/, '') : '';
writeFileSync('bench/RESULTS.md', `# 基准测试结果\n\n由 \`npm run bench\` 生成，最新的在前。\n\n${header}${report}\n\n${previous.replace(/^由 `npm run bench` 生成，最新的在前。\n+/, '')}`);
