// The offline package of a built site (argument: its folder, default dist):
// what 「保存全部内容供离线使用」 downloads and stores, against the 12 MB goal,
// and what the first visit caches. Prints a Markdown table (bench.mjs adds it
// to bench/RESULTS.md). MB here is 1,000,000 bytes. With --generated (a
// synthetic corpus) the goal, set for the real corpus, is shown but not judged.
import './ts-imports.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const { isShellFile, totalSize } = await import('../src/lib/offline/package.ts');

const site = process.argv[2] ?? 'dist';
const generated = process.argv.includes('--generated');
const BUDGET_MB = 12;

const listName = readdirSync(site).find((name) => /^offline-package-.+\.json$/.test(name));
if (!listName) throw new Error(`${site} has no offline package list: build with \`npm run build\` first.`);
const { entries } = JSON.parse(readFileSync(join(site, listName), 'utf8'));

const fileOf = (url) => join(site, url.replace(/\?.*$/, '').replace(/^\.\//, '').replace(/(^|\/)$/, '$1index.html'));
const gzipBytes = entries.reduce((sum, entry) => sum + gzipSync(readFileSync(fileOf(entry.url))).length, 0);
const stored = totalSize(entries);
const shell = entries.filter((entry) => isShellFile(entry.url));
const mb = (bytes) => (bytes / 1e6).toFixed(2);

console.log(
  [
    `| 离线包指标（${entries.length} 个文件） | 测得 | 预算 | |`,
    '|---|---:|---:|---|',
    generated
      ? `| 全部内容 MB（存储在设备上，未压缩） | ${mb(stored)} | 真实语料 ≤ ${BUDGET_MB} | — |`
      : `| 全部内容 MB（存储在设备上，未压缩） | ${mb(stored)} | ≤ ${BUDGET_MB} | ${stored <= BUDGET_MB * 1e6 ? '✓' : '✗ 超出预算'} |`,
    `| 全部内容下载量 MB（gzip 估算） | ${mb(gzipBytes)} | | |`,
    `| 首次访问缓存（外壳与搜索核心）MB，${shell.length} 个文件 | ${mb(totalSize(shell))} | | |`,
  ].join('\n'),
);
