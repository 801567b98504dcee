// A newcomer's first hour, measured: clone → `npm install` → `npm start`
// serving the home page, then a second `npm start` with nothing changed, and
// the install's size. The floor is a bare Astro project (the same astro
// version, one page) installed and served the same way. Runs alternate
// (ours, floor, ours, floor, …) so both see the same machine load, and the
// medians are compared. Prints a Markdown section for bench/RESULTS.md.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const PAIRS = Number(process.env.BENCH_NEWCOMER_PAIRS ?? 3);
const projectRoot = resolve('.');
const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;
const nodeBin = dirname(execFileSync('node_modules/.bin/node', ['-p', 'process.execPath'], { encoding: 'utf8' }).trim());

const seconds = (since) => (performance.now() - since) / 1000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const diskMb = (dir) => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;

function timed(command, args, options) {
  const started = performance.now();
  execFileSync(command, args, { stdio: 'ignore', ...options });
  return seconds(started);
}

/** Starts a server command and returns the seconds until `url` serves the expected text. */
async function timeUntilServed(command, args, options, url, text) {
  const started = performance.now();
  const server = spawn(command, args, { ...options, stdio: 'ignore', detached: true });
  try {
    for (;;) {
      if (server.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${server.exitCode}`);
      const body = await fetch(url).then((r) => r.text(), () => '');
      if (body.includes(text)) return seconds(started);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

let port = 4800;
async function runOurs(work) {
  const clone = join(work, 'main');
  const env = { ...process.env, PORT: String(++port) };
  const cloneSeconds = timed('git', ['clone', '--quiet', projectRoot, clone]);
  const installSeconds = timed('npm', ['install', '--no-audit', '--no-fund'], { cwd: clone, env });
  const url = `http://localhost:${port}/`;
  const firstStart = await timeUntilServed('npm', ['start'], { cwd: clone, env }, url, '群众教育实践活动工作手册');
  const secondStart = await timeUntilServed('npm', ['start'], { cwd: clone, env }, url, '群众教育实践活动工作手册');
  return { toServed: cloneSeconds + installSeconds + firstStart, installSeconds, firstStart, secondStart, nodeModulesMb: diskMb(join(clone, 'node_modules')) };
}

async function runFloor(work) {
  const root = join(work, 'floor');
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module', dependencies: { astro: astroVersion } }));
  writeFileSync(join(root, 'src/pages/index.astro'), '<html lang="zh-CN"><body><h1>最简页面</h1></body></html>\n');
  // The floor runs on the same Node as the handbook.
  const env = { ...process.env, PATH: `${nodeBin}:${process.env.PATH}` };
  const installSeconds = timed('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, env });
  const url = `http://localhost:${++port}/`;
  const serve = ['-c', `npx astro build && npx astro preview --port ${port}`];
  const firstStart = await timeUntilServed('bash', serve, { cwd: root, env }, url, '最简页面');
  return { toServed: installSeconds + firstStart, installSeconds, firstStart, nodeModulesMb: diskMb(join(root, 'node_modules')) };
}

const ours = [];
const floor = [];
for (let i = 0; i < PAIRS; i++) {
  for (const [run, results] of [[runOurs, ours], [runFloor, floor]]) {
    const work = mkdtempSync(join(tmpdir(), 'bench-newcomer-'));
    try {
      results.push(await run(work));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

const fmt = (x, d = 1) => x.toFixed(d);
const med = (rows, key) => median(rows.map((r) => r[key]));
const ratios = ours.map((o, i) => o.toServed / floor[i].toServed);
console.log(
  [
    `| 新用户（${PAIRS} 对交替运行，取中位数） | 本手册 | 最简 Astro ${astroVersion} 项目 |`,
    '|---|---:|---:|',
    `| 克隆到首页可访问，秒 | ${fmt(med(ours, 'toServed'))} | ${fmt(med(floor, 'toServed'))} |`,
    `| 其中 npm install，秒 | ${fmt(med(ours, 'installSeconds'))} | ${fmt(med(floor, 'installSeconds'))} |`,
    `| 其中第一次 npm start（构建并提供浏览），秒 | ${fmt(med(ours, 'firstStart'))} | ${fmt(med(floor, 'firstStart'))} |`,
    `| 第二次 npm start（无改动），秒 | ${fmt(med(ours, 'secondStart'))} | — |`,
    `| node_modules 占用磁盘 MB（du） | ${fmt(med(ours, 'nodeModulesMb'), 0)} | ${fmt(med(floor, 'nodeModulesMb'), 0)} |`,
    '',
    `- 克隆到首页可访问：本手册 / 最简项目，逐对比值 ${ratios.map((r) => fmt(r, 2)).join('、')}，中位数 ${fmt(median(ratios), 2)}。`,
    `- 第二次 npm start 比第一次快 ${fmt(med(ours, 'firstStart') / med(ours, 'secondStart'), 1)} 倍：输入没有变化时跳过构建（scripts/start.mjs）。`,
  ].join('\n'),
);
