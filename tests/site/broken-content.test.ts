import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../support/scratch';
import { dump, load } from 'js-yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { sourcesDir } from '../../src/lib/source-texts';

/**
 * Real builds (`npm run build`) of deliberately broken copies of the content:
 * each must fail, naming the file and the field and saying in Chinese what is
 * wrong and how to fix it; `npm run check` must report the same without
 * building. Controls must build. To keep each build cheap the copy is
 * minimal: the closed sets (regions, domains), the sources and one case,
 * with their "see also" links dropped so nothing points outside the copy.
 */

const CASE = 'abuliletu-gebi-hongtuo';
const CASE_FILE = `cases/${CASE}.mdx`;

function withoutLinks(file: string): void {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) {
    const data = load(text) as Record<string, unknown>;
    delete data.links;
    writeFileSync(file, dump(data, { lineWidth: -1 }));
    return;
  }
  const { yaml, body } = splitFrontmatter(text)!;
  const data = load(yaml) as Record<string, unknown>;
  delete data.links;
  writeFileSync(file, `---\n${dump(data, { lineWidth: -1 })}---\n${body}`);
}

/** Every copy made, removed when the suite ends. */
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function minimalCopy(): { dir: string; content: string } {
  const dir = scratchDir('handbook-broken-');
  copies.push(dir);
  const content = join(dir, 'content');
  for (const kind of ['regions', 'domains', 'sources']) cpSync(join('content', kind), join(content, kind), { recursive: true });
  mkdirSync(join(content, 'cases'));
  cpSync(join('content', CASE_FILE), join(content, CASE_FILE));
  for (const kind of ['regions', 'domains', 'sources', 'cases']) {
    for (const name of readdirSync(join(content, kind))) withoutLinks(join(content, kind, name));
  }
  return { dir, content };
}

interface Run {
  code: number;
  output: string;
}

function run(script: 'build' | 'check', dir: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], {
      env: {
        ...process.env,
        CI: '',
        HANDBOOK_CONTENT_DIR: join(dir, 'content'),
        HANDBOOK_OUT_DIR: join(dir, 'dist'),
        HANDBOOK_CACHE_DIR: join(dir, 'cache'),
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const edit = (content: string, file: string, change: (text: string) => string) => {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the scenario did not change ${file}`);
  writeFileSync(path, after);
};
const rewrite = (content: string, from: RegExp | string, to: string) => edit(content, CASE_FILE, (t) => t.replace(from, to));

/** A sources folder: the shared one's texts plus any given here. */
function sourcesCopy(dir: string, extra: Record<string, string> = {}): string {
  const target = join(dir, 'sources');
  cpSync(sourcesDir(), target, { recursive: true });
  for (const [id, text] of Object.entries(extra)) writeFileSync(join(target, `${id}.txt`), text);
  return target;
}

interface Scenario {
  name: string;
  breakIt: (content: string, dir: string) => void | Record<string, string>;
  /** Each must appear in the build's output and in `npm run check`'s. */
  expected: RegExp[];
  /** False when `npm run check` cannot see the fault (only the build's environment differs). */
  check?: boolean;
}

const file = new RegExp(`${CASE}\\.mdx`);
/** The file, then the line, as both the syntax check and `npm run check` group them. */
const fileAndLine = new RegExp(`${CASE}\\.mdx\\n\\s+· 第 \\d+ 行`);

const broken: Scenario[] = [
  {
    name: 'a quote missing from its source',
    breakIt: (c) => rewrite(c, /(quote: .*)阿布日勒图嘎查/, '$1阿布日勒图村'),
    expected: [file, /citations\[\d+\]\.quote/, /在来源「nmg-grassroots-page-2023」中找不到。原文最接近的是：「[^」]*阿布日勒图嘎查/, /请照原文逐字改正引文/],
  },
  {
    name: 'a full-width colon after a field name',
    breakIt: (c) => rewrite(c, /^summary: /m, 'summary：'),
    expected: [fileAndLine, /字段名「summary」后面用了全角冒号「：」。.*请改成「summary: 」/],
  },
  {
    name: 'a misspelt field name',
    breakIt: (c) => rewrite(c, /^summary: /m, 'sumary: '),
    expected: [file, /sumary/, /「sumary」不是这类条目的字段。是不是想写「summary」？请改正拼写或删去这一行。/],
  },
  {
    name: 'a month of 13',
    breakIt: (c) => rewrite(c, /^date: .*$/m, 'date: "2023-13"'),
    expected: [file, /date/, /月份「13」不存在：月份只能是 01 到 12。/],
  },
  {
    name: 'an unclosed quote',
    breakIt: (c) => rewrite(c, /^summary: (.*)$/m, 'summary: "$1'),
    expected: [fileAndLine, /引号没有闭合|缩进不对/],
  },
  {
    name: 'a file name with capitals and spaces',
    breakIt: (c) => renameSync(join(c, CASE_FILE), join(c, 'cases', 'Abuliletu Case.mdx')),
    expected: [/Abuliletu Case\.mdx/, /文件名「Abuliletu Case」不能用作网址：文件名只能由小写字母、数字和连字符组成.*请重命名这个文件/],
  },
  {
    name: 'a duplicate id in a sub-folder',
    breakIt: (c) => {
      mkdirSync(join(c, 'cases', '2023'));
      cpSync(join(c, CASE_FILE), join(c, 'cases', '2023', `${CASE}.mdx`));
    },
    expected: [new RegExp(`重复的条目 id「${CASE}」：cases/.*${CASE}\\.mdx 和 cases/.*${CASE}\\.mdx 同名.*请把其中一个改名`)],
  },
  {
    name: 'an unknown source id',
    breakIt: (c) => rewrite(c, /source: nmg-grassroots-page-2023/, 'source: nmg-grassroot-page-2023'),
    expected: [file, /citations\.source|citations\[0\]\.source/, /引用了不存在的来源「nmg-grassroot-page-2023」。是不是想写「nmg-grassroots-page-2023」？/],
  },
  {
    name: 'an unknown reference',
    breakIt: (c) => rewrite(c, /^citations:/m, 'links:\n  models: [wuwei-wujin-wuping]\ncitations:'),
    expected: [file, /links\.models/, /引用了不存在的工作模式「wuwei-wujin-wuping」/],
  },
  {
    name: 'a region that is not one of the twelve',
    breakIt: (c) => rewrite(c, /^region: .*$/m, 'region: bayanur'),
    expected: [file, /region/, /「bayanur」不是允许的值。是不是想写「bayannur」？/],
  },
  {
    name: 'an unquoted year',
    breakIt: (c) => rewrite(c, /^date: .*$/m, 'date: 2022'),
    expected: [file, /date/, /YAML 把它读成了数字 2022。请给它加上引号/],
  },
  {
    name: 'no citation',
    breakIt: (c) => rewrite(c, /^citations:\n(  .*\n)+/m, 'citations: []\n'),
    expected: [file, /citations/, /至少需要 1 项/],
  },
  {
    name: 'a number no quote contains',
    breakIt: (c) => edit(c, CASE_FILE, (t) => `${t}\n共有 4321 峰骆驼。\n`),
    expected: [file, /数字 4321 没有出现在本条目的任何引文中/, /请在 citations 中加入含有该数字的原话，或删去这个数字/],
  },
  {
    name: 'a 「」 phrase no source says',
    breakIt: (c) => edit(c, CASE_FILE, (t) => `${t}\n这就是「全员上擂台」的道理。\n`),
    expected: [file, /正文/, /「全员上擂台」用了直角引号，但本条目引用的来源里没有这句原话/, /“全员上擂台”/],
  },
  {
    name: 'a summary too long for one line',
    breakIt: (c) => rewrite(c, /^summary: (.*)$/m, `summary: $1${'并且'.repeat(40)}`),
    expected: [file, /summary/, /最多 90 个字，请精简/],
  },
  {
    name: 'a new source without its full text',
    breakIt: (c, dir) => {
      cpSync(join(c, 'sources', 'tongliao-pilot-2023.yaml'), join(c, 'sources', 'baotou-report-2025.yaml'));
      return { HANDBOOK_SOURCES_DIR: sourcesCopy(dir) };
    },
    expected: [/baotou-report-2025\.yaml/, /来源「baotou-report-2025」没有全文文件：请把全文存为 .*baotou-report-2025\.txt/],
  },
  {
    name: 'a CI build without the sources folder',
    breakIt: (_c, dir) => ({ CI: 'true', HANDBOOK_SOURCES_DIR: join(dir, 'no-sources') }),
    expected: [/持续集成（CI）中必须核对引文，但没有找到来源全文文件夹 .*no-sources/],
  },
];

describe('a broken content file fails the build and the check with a Chinese message', () => {
  it.concurrent.each(broken.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const { dir, content } = minimalCopy();
    const env = scenario.breakIt(content, dir) ?? {};
    const [build, check] = await Promise.all([run('build', dir, env), run('check', dir, env)]);
    expect(build.code, build.output).not.toBe(0);
    for (const pattern of scenario.expected) expect(build.output).toMatch(pattern);
    expect(check.code, check.output).not.toBe(0);
    for (const pattern of scenario.expected) expect(check.output).toMatch(pattern);
  }, 600_000);
});

const NEW_SOURCE = 'baotou-report-2025';
const NEW_SOURCE_TEXT = '包头市某街道开展群众教育实践活动。\n社区党组织牵头，组织宣讲员\n入户宣讲党的惠民政策，覆盖居民 1200 户。\n';

const controls: { name: string; prepare: (content: string, dir: string) => void | Record<string, string>; page: string; pageHas: RegExp }[] = [
  {
    name: 'a new source added as content only, with a case citing it',
    prepare: (c, dir) => {
      writeFileSync(
        join(c, 'sources', `${NEW_SOURCE}.yaml`),
        'title: 《包头市某街道的做法》\nshortTitle: 包头街道报道\ngenre: 网络报道\npublisher: 测试用\ndate: "2025"\nsummary: 包头市某街道组织宣讲员入户宣讲\n',
      );
      rewrite(c, /^citations:\n/m, `citations:\n  - source: ${NEW_SOURCE}\n    quote: "组织宣讲员入户宣讲党的惠民政策，覆盖居民1200户"\n`);
      return { HANDBOOK_SOURCES_DIR: sourcesCopy(dir, { [NEW_SOURCE]: NEW_SOURCE_TEXT }) };
    },
    page: `sources/${NEW_SOURCE}/index.html`,
    pageHas: /包头街道报道|包头市某街道的做法/,
  },
  {
    name: 'files saved on Windows: a byte-order mark and CRLF line endings',
    prepare: (c) => {
      const toWindows = (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`;
      edit(c, CASE_FILE, toWindows);
      edit(c, 'sources/tongliao-pilot-2023.yaml', toWindows);
    },
    page: `cases/${CASE}/index.html`,
    pageHas: /阿布日勒图嘎查/,
  },
  {
    name: 'a case in a sub-folder',
    prepare: (c) => {
      mkdirSync(join(c, 'cases', 'alxa'));
      renameSync(join(c, CASE_FILE), join(c, 'cases', 'alxa', `${CASE}.mdx`));
    },
    page: `cases/${CASE}/index.html`,
    pageHas: /阿布日勒图嘎查/,
  },
  {
    name: 'a reader’s clone without the sources folder (said once, then built)',
    prepare: (_c, dir) => ({ HANDBOOK_SOURCES_DIR: join(dir, 'no-sources') }),
    page: `cases/${CASE}/index.html`,
    pageHas: /阿布日勒图嘎查/,
  },
];

// One at a time: Astro writes its generated content modules into the project's
// own .astro folder, so builds that get as far as rendering must not overlap.
describe('content an editor may add builds', () => {
  it.each(controls.map((c) => [c.name, c] as const))('%s', async (_name, control) => {
    const { dir, content } = minimalCopy();
    const env = control.prepare(content, dir) ?? {};
    const [build, check] = await Promise.all([run('build', dir, env), run('check', dir, env)]);
    expect(build.code, build.output).toBe(0);
    expect(check.code, check.output).toBe(0);
    expect(readFileSync(join(dir, 'dist', control.page), 'utf8')).toMatch(control.pageHas);
    const notChecked = build.output.match(/本次没有核对引文/g) ?? [];
    expect(notChecked.length).toBe(env.HANDBOOK_SOURCES_DIR?.endsWith('no-sources') ? 1 : 0);
  }, 600_000);

  it('builds what `npm run new` writes', async () => {
    const { dir } = minimalCopy();
    const env = { HANDBOOK_CONTENT_DIR: join(dir, 'content') };
    const scaffold = await new Promise<Run>((resolve) => {
      const args = ['run', 'new', '--', '--kind', 'cases', '--id', 'baotou-shequ-xuanjiang', '--title', '包头市社区入户宣讲', '--summary', '社区党组织组织宣讲员入户宣讲'];
      args.push('--source', 'nmg-grassroots-page-2023', '--quote', '在村民曹美蓉家中，樊瑞与村民们一同坐在炕头上', '--region', 'baotou', '--domains', '城镇社区', '--date', '2023');
      const child = spawn('npm', args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', (code) => resolve({ code: code ?? 1, output }));
    });
    expect(scaffold.code, scaffold.output).toBe(0);
    expect(scaffold.output).toMatch(/新条目通过检查/);
    expect(existsSync(join(dir, 'content', 'cases', 'baotou-shequ-xuanjiang.mdx'))).toBe(true);
    const build = await run('build', dir);
    expect(build.code, build.output).toBe(0);
    expect(readFileSync(join(dir, 'dist', 'cases', 'baotou-shequ-xuanjiang', 'index.html'), 'utf8')).toMatch(/包头市社区入户宣讲/);
  }, 600_000);
});
