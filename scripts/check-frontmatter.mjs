// Runs before `astro build`: finds YAML syntax errors in content files and
// explains them in Chinese with the file and line, which Astro reports only
// in English. Schema, reference and number checks happen in the build itself.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';

const EXPLAIN = [
  [/within a (double|single) quoted scalar/, '引号没有闭合：这一段以引号开头，却没有对应的结束引号。'],
  [/duplicated mapping key/, '同一个字段写了两次，请删去其中一个。'],
  [/bad indentation/, '缩进不对：同一层的字段要对齐，列表项前的「-」要比所属字段多缩进。'],
  [/deficient indentation/, '缩进不对，或前面某行的引号没有闭合（引号里的内容跨到了下一行）。'],
  [/end of the stream or a document separator is expected/, '这一行的写法无法识别，常见原因是值里含有「: 」却没有加引号。'],
  [/incomplete explicit mapping pair|missed comma|unexpected end of the stream/, '括号或引号没有配对，请检查 [ ] 和引号。'],
  [/can not read a block mapping entry|can not read an implicit mapping pair/, '字段写法不对：每行应为「字段名: 值」，值里有冒号时请加引号。'],
];

export function explainYamlError(message) {
  return EXPLAIN.find(([pattern]) => pattern.test(message))?.[1] ?? '格式无法解析，请对照同类条目检查引号、冒号和缩进。';
}

/** Syntax problems in one file's text, as { line, message } (line is 1-based, in the file). */
export function frontmatterProblems(text, ext) {
  let yamlText = text;
  let offset = 0;
  if (ext === '.md' || ext === '.mdx') {
    if (!/^---\r?\n/.test(text)) return [{ line: 1, message: '缺少前置元数据：文件应以一行「---」开头，写完字段后再以一行「---」结束。' }];
    const end = text.indexOf('\n---', 4);
    if (end === -1) return [{ line: 1, message: '前置元数据没有结束：字段写完后需要单独一行「---」。' }];
    yamlText = text.slice(4, end);
    offset = 1;
  }
  try {
    load(yamlText);
    return [];
  } catch (error) {
    const line = (error.mark?.line ?? 0) + 1 + offset;
    return [{ line, message: `${explainYamlError(error.reason ?? error.message)}（YAML：${error.reason ?? error.message}）` }];
  }
}

function* contentFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* contentFiles(path);
    else if (['.md', '.mdx', '.yaml', '.yml'].includes(extname(name))) yield path;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.env.HANDBOOK_CONTENT_DIR ?? 'content';
  const report = [];
  for (const file of contentFiles(root)) {
    for (const p of frontmatterProblems(readFileSync(file, 'utf8'), extname(file))) report.push(`${relative(process.cwd(), file)} 第 ${p.line} 行：${p.message}`);
  }
  if (report.length) {
    console.error(`内容文件有 ${report.length} 处格式错误，构建已停止：\n${report.map((l) => `  · ${l}`).join('\n')}`);
    process.exit(1);
  }
}
