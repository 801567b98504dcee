// `npm start`: build the handbook unless nothing it is built from has changed
// since the last `npm start` built it, then serve it and say where.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildFingerprint } from './lib/build-fingerprint.mjs';

const port = process.env.PORT ?? '4321';
const outDir = process.env.HANDBOOK_OUT_DIR ?? 'dist';
const stampFile = 'node_modules/.cache/handbook/start-build-stamp';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const fingerprint = buildFingerprint(process.cwd(), process.env);
const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (previous === fingerprint && existsSync(`${outDir}/index.html`)) {
  console.log(`[start] 内容和代码自上次构建以来没有变化，直接使用 ${outDir}/（要强制重建：npm run build）。`);
} else {
  run('npm', ['run', 'build']);
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, fingerprint);
}

console.log(`\n[start] 手册已构建，正在 http://localhost:${port}/ 提供浏览（Ctrl+C 停止）。\n`);
run('npx', ['astro', 'preview', '--port', port]);
