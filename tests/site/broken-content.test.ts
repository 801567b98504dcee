import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real builds of deliberately broken copies of the content: each must fail,
 * naming the file and saying in Chinese what is wrong and how to fix it.
 */
const CASE = 'cases';

function brokenCopy(breakIt: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-broken-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  return dir;
}

function build(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], {
      env: { ...process.env, HANDBOOK_CONTENT_DIR: join(dir, 'content'), HANDBOOK_OUT_DIR: join(dir, 'dist'), HANDBOOK_CACHE_DIR: join(dir, 'cache') },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const sample = 'abuliletu-gebi-hongtuo.mdx';
const rewrite = (content: string, from: RegExp, to: string) => {
  const path = join(content, CASE, sample);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

const scenarios: [string, (content: string) => void, RegExp[]][] = [
  [
    'an unknown reference',
    (c) => rewrite(c, /^links:\n/m, 'links:\n  carriers: [yiben-fazhanzang]\n'),
    [new RegExp(`${sample}[\\s\\S]*引用了不存在的载体「yiben-fazhanzang」。是不是想写「yiben-fazhanzhang」？`)],
  ],
  [
    'a wrong enum value',
    (c) => rewrite(c, /^region: .*$/m, 'region: bayanur'),
    [new RegExp(sample), /「bayanur」不是允许的值。是不是想写「bayannur」？/],
  ],
  [
    'an unquoted number',
    (c) => rewrite(c, /^date: .*$/m, 'date: 2022'),
    [new RegExp(sample), /YAML 把它读成了数字 2022。请给它加上引号/],
  ],
  [
    'a missing citation',
    (c) => rewrite(c, /^citations:\n(  .*\n)+/m, 'citations: []\n'),
    [new RegExp(sample), /citations.*至少需要 1 项/],
  ],
  [
    'a duplicate id',
    (c) => {
      mkdirSync(join(c, CASE, 'copy'));
      cpSync(join(c, CASE, sample), join(c, CASE, 'copy', sample));
    },
    [/重复的条目 id「abuliletu-gebi-hongtuo」/],
  ],
  [
    'malformed frontmatter',
    (c) => rewrite(c, /^summary: (.*)$/m, 'summary: "$1'),
    [new RegExp(`${sample} 第 \\d+ 行：`), /引号没有闭合|缩进不对/],
  ],
];

describe('a broken content file fails the build with a Chinese message', () => {
  it.concurrent.each(scenarios)('%s', async (_name, breakIt, expected) => {
    const { code, output } = await build(brokenCopy(breakIt));
    expect(code).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  }, 180_000);
});
