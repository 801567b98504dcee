// Brings the Node.js that Astro 7 needs (>= 22.12) to machines whose own Node
// is older, so the README's two commands work on any Node that runs npm.
//
// Run by `npm install` (the root postinstall) on the system Node, which may be
// as old as 18: plain ESM and Node built-ins only. Where the system Node is
// new enough it does nothing. Otherwise it fetches the official Node build for
// this platform from the npm registry (package `node-<os>-<cpu>`, the binary
// the `node` package installs; npm checks its integrity), keeps only the
// executable in a per-user cache shared by every clone (not in node_modules,
// so the install stays light and `rm -rf node_modules` does not re-download
// it), and links it as node_modules/.bin/node. npm puts node_modules/.bin
// first on PATH for every script, so `npm start`, `npm test` and every tool
// they start (`#!/usr/bin/env node`) run on it.

import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REQUIRED = [22, 12];
/** The runtime brought: the current LTS line. */
const MAJOR = 24;

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(projectRoot, 'node_modules', '.bin');
const isWindows = process.platform === 'win32';
const linkPath = join(binDir, isWindows ? 'node.cmd' : 'node');

function satisfies(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > REQUIRED[0] || (major === REQUIRED[0] && minor >= REQUIRED[1]);
}

function cacheRoot() {
  if (process.env.HANDBOOK_RUNTIME_DIR) return process.env.HANDBOOK_RUNTIME_DIR;
  const base = isWindows ? (process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local')) : (process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'));
  return join(base, 'qunzhong-handbook');
}

/** The registry package with the official build for this machine, as the `node` package names them. */
function platformPackage() {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  const cpu = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!os || !cpu) throw new Error(`没有适用于 ${process.platform}-${process.arch} 的 Node.js 构建，请自行安装 Node.js ${MAJOR}。`);
  return `node-${os}-${cpu}`;
}

function executableIn(dir) {
  return join(dir, isWindows ? 'node.exe' : 'node');
}

/** The newest cached runtime of the wanted line, if any. */
function cachedRuntime(root) {
  if (!existsSync(root)) return undefined;
  const prefix = `${platformPackage()}-${MAJOR}.`;
  const versions = readdirSync(root)
    .filter((name) => name.startsWith(prefix) && existsSync(executableIn(join(root, name))))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  return versions.length > 0 ? executableIn(join(root, versions[0])) : undefined;
}

/** Runs npm on `node` (default: this process's Node). npm_execpath is set when npm runs this script; else npm on PATH. */
function npm(args, { cwd = projectRoot, node = process.execPath, stdio = 'pipe' } = {}) {
  const npmCli = process.env.npm_execpath;
  const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH}` };
  return npmCli && npmCli.endsWith('.js')
    ? execFileSync(node, [npmCli, ...args], { cwd, env, encoding: 'utf8', stdio })
    : execFileSync(isWindows ? 'npm.cmd' : 'npm', args, { cwd, env, encoding: 'utf8', stdio, shell: isWindows });
}

function findFile(dir, name) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(path, name);
      if (found) return found;
    } else if (entry.name === name) return path;
  }
  return undefined;
}

function download(root) {
  const spec = `${platformPackage()}@${MAJOR}`;
  console.log(`[runtime] 正在从 npm 仓库下载 ${spec}（约 50 MB，只下载一次，存放在 ${root}）…`);
  const work = mkdtempSync(join(tmpdir(), 'handbook-node-'));
  try {
    const [packed] = JSON.parse(npm(['pack', spec, '--json', '--pack-destination', work], { cwd: work }));
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
    const executable = findFile(join(work, 'package'), isWindows ? 'node.exe' : 'node');
    if (!executable) throw new Error(`${packed.filename} 中没有 node 可执行文件`);
    const target = join(root, `${platformPackage()}-${packed.version}`);
    const staging = `${target}.partial`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    copyFileSync(executable, executableIn(staging));
    chmodSync(executableIn(staging), 0o755);
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
    return executableIn(target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function link(executable) {
  mkdirSync(binDir, { recursive: true });
  rmSync(linkPath, { force: true });
  if (isWindows) writeFileSync(linkPath, `@"${executable}" %*\r\n`);
  else symlinkSync(executable, linkPath);
}

function removeStaleLink() {
  try {
    if (lstatSync(linkPath).isSymbolicLink() || isWindows) rmSync(linkPath, { force: true });
  } catch {
    // no link: nothing to do
  }
}

/** True when npm already runs this script on the linked runtime (node_modules/.bin comes first on PATH). */
function runningOnLinkedRuntime() {
  try {
    return !isWindows && realpathSync(linkPath) === realpathSync(process.execPath);
  } catch {
    return false;
  }
}

function main() {
  if (runningOnLinkedRuntime()) return;
  if (satisfies(process.versions.node)) {
    removeStaleLink();
    return;
  }
  const root = cacheRoot();
  const executable = cachedRuntime(root) ?? download(root);
  const version = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
  if (!satisfies(version.slice(1))) throw new Error(`${executable} 是 ${version}，不是所需的 Node ${MAJOR}`);
  link(executable);
  console.log(`[runtime] 系统 Node ${process.version} 低于 Astro 7 所需的 22.12；本项目的 npm 脚本改用 Node ${version}（${executable}）。`);
  // npm skips optional packages whose `engines` the system Node fails — on
  // Node 18 or 22.0–22.11 that is the build tools' native binaries. One more
  // install, run on the new Node, adds what it skipped (and finds the rest in
  // place); its own postinstall sees it already runs on the linked runtime.
  // (npm 10 then also adds the musl builds on a glibc Linux, about 30 MB more.)
  console.log('[runtime] 用这个 Node 补装按 Node 版本挑选的依赖…');
  npm(['install', '--no-audit', '--no-fund'], { node: executable, stdio: 'inherit' });
}

try {
  main();
} catch (error) {
  console.error(`[runtime] 无法准备 Node.js ${MAJOR}：${error instanceof Error ? error.message : error}`);
  console.error(`[runtime] 请安装 Node.js ${REQUIRED.join('.')} 或更新的版本后重试（https://nodejs.org/）。`);
  process.exit(1);
}
