// `npm run new`: creates a content entry of any kind, asking in Chinese for
// what is missing, or from flags:
//   npm run new -- --kind cases --id xxx --title … --summary … --source … --quote … --region … --domains … --date …
// Then runs the content checks on the result, so the editor sees at once
// whether the new file builds.
import './ts-imports.mjs';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';

const { QUESTIONS, FIXED_KINDS, checkAnswer, isScaffoldKind, kindPrompt, scaffoldFile, suggestId } = await import('../src/lib/scaffold.ts');
const { ID_PATTERN } = await import('../src/lib/entry-ids.ts');
const { contentFiles } = await import('../src/lib/content-files.ts');
const { sourcesDir } = await import('../src/lib/source-texts.ts');

const root = process.env.HANDBOOK_CONTENT_DIR ?? 'content';
const names = [...new Set(Object.values(QUESTIONS).flat().map((q) => q.name))];
const { values: flags } = parseArgs({
  options: Object.fromEntries(['kind', 'id', ...names].map((n) => [n, { type: 'string' }])),
  strict: true,
});

const interactive = process.stdin.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

function fail(message) {
  console.error(message);
  rl?.close();
  process.exit(1);
}

/** Asks until the answer is usable; without a terminal a missing or bad flag is an error. An empty answer takes `fallback`. */
async function ask(prompt, invalid, given, flag, fallback) {
  let answer = given?.trim() || (given === undefined ? undefined : fallback);
  for (;;) {
    const problem = answer === undefined ? (interactive ? undefined : '缺少这一项。') : invalid(answer);
    if (answer !== undefined && !problem) return answer;
    if (!interactive) fail(`--${flag}：${problem}（${prompt}）`);
    if (problem) console.log(`  ${problem}`);
    answer = (await rl.question(`${prompt}：`)).trim() || fallback || '';
  }
}

const kind = await ask(`条目类别，可选：${kindPrompt()}`, (k) =>
  FIXED_KINDS.includes(k) ? `${k} 是固定集合（页面和地图按它设计），新增需要改代码，请联系开发者。` : isScaffoldKind(k) ? undefined : `没有「${k}」这一类。可选：${kindPrompt()}`,
  flags.kind, 'kind');

const { nearest } = await import('../src/core/nearest.ts');
const idsOf = (k) => [...contentFiles(join(root, k))].map((f) => f.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
const sourceIds = idsOf('sources');
// Checks that need the disk: the cited source exists, the full text file exists.
const onDisk = {
  source: (a) => (sourceIds.includes(a) ? undefined : `没有来源「${a}」。${nearest(a, sourceIds) ? `是不是想写「${nearest(a, sourceIds)}」？` : `已有的来源：${sourceIds.join('、')}`}`),
  fullText: (a) => (existsSync(a) ? undefined : `找不到文件 ${a}。`),
};

const answers = {};
for (const q of QUESTIONS[kind]) {
  const options = q.choices ? `（可选：${q.choices.map((c) => `${c.id}=${c.label}`).join('，')}）` : '';
  answers[q.name] = await ask(`${q.prompt}${options}`, (a) => checkAnswer(q, a) ?? onDisk[q.name]?.(a), flags[q.name], q.name);
}

const taken = new Set(idsOf(kind));
const suggested = suggestId(answers.title);
const id = await ask(
  `条目 id（也是文件名和网址，只用小写字母、数字和连字符）${suggested && !flags.id ? `，直接回车用「${suggested}」` : ''}`,
  (a) => (!ID_PATTERN.test(a) ? '只能用小写字母、数字和连字符，例如 baotou-shequ-xuanjiang。' : taken.has(a) ? `「${a}」已经有了，请换一个。` : undefined),
  flags.id ?? (interactive ? undefined : suggested || undefined),
  'id',
  suggested || undefined,
);
rl?.close();

const { path, text } = scaffoldFile(kind, id, answers);
const file = join(root, path);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(`已创建 ${relative(process.cwd(), file)}`);
if (kind === 'sources') {
  const target = join(sourcesDir(), `${id}.txt`);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(answers.fullText, target);
  console.log(`全文已复制到 ${target}（只放在这里，不要放进 content/ 或网站）。`);
}

const { checkContent } = await import('../src/lib/content-check.ts');
const { formatProblems } = await import('../src/lib/graph.ts');
const { problems } = await checkContent(root);
const mine = problems.filter((p) => p.filePath === relative(process.cwd(), file));
if (mine.length) {
  console.error(formatProblems(mine).replace('构建已停止', '请改正后再运行 npm run check'));
  process.exit(1);
}
console.log(problems.length ? `新条目通过检查（其他文件还有 ${problems.length} 个问题，运行 npm run check 查看）。` : '新条目通过检查。接下来请在文件里补写正文，写完运行 npm run check。');
if (!existsSync(sourcesDir())) console.log('注意：没有来源全文文件夹，引文未与原文核对。');
