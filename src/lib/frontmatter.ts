import { load } from 'js-yaml';

/**
 * The syntax of a content file, checked before anything else: YAML errors
 * explained in Chinese with the line, which Astro reports only in English.
 * Files saved on Windows (a byte-order mark, CRLF line endings) are fine.
 * Node imports this file directly (scripts/check-frontmatter.mjs), so it
 * imports nothing of ours.
 */

const EXPLAIN: [RegExp, string][] = [
  [/within a (double|single) quoted scalar/, '引号没有闭合：这一段以引号开头，却没有对应的结束引号。'],
  [/duplicated mapping key/, '同一个字段写了两次，请删去其中一个。'],
  [/bad indentation/, '缩进不对：同一层的字段要对齐，列表项前的「-」要比所属字段多缩进。'],
  [/deficient indentation/, '缩进不对，或前面某行的引号没有闭合（引号里的内容跨到了下一行）。'],
  [/end of the stream or a document separator is expected/, '这一行的写法无法识别，常见原因是值里含有「: 」却没有加引号。'],
  [/incomplete explicit mapping pair|missed comma|unexpected end of the stream/, '括号或引号没有配对，请检查 [ ] 和引号。'],
  [/can not read a block mapping entry|can not read an implicit mapping pair/, '字段写法不对：每行应为「字段名: 值」，值里有冒号时请加引号。'],
];

export function explainYamlError(message: string): string {
  return EXPLAIN.find(([pattern]) => pattern.test(message))?.[1] ?? '格式无法解析，请对照同类条目检查引号、冒号和缩进。';
}

export interface SyntaxProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** The text without a byte-order mark and with LF line endings, as every reader of content files sees it. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** A field name followed by a full-width colon: YAML reads the whole line as text, so the field is lost. */
const FULL_WIDTH_COLON = /^(\s*(?:- )?)([A-Za-z][A-Za-z0-9_]*)\s*：/;

/** Splits an MDX/Markdown file into its frontmatter and body; undefined when there is none. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const clean = normalizeNewlines(text);
  const match = clean.match(/^---\n([\s\S]*?)\n---(?:\n|$)/);
  return match ? { yaml: match[1]!, body: clean.slice(match[0].length) } : undefined;
}

/** Syntax problems in one file's text (extension with dot: `.mdx`, `.yaml`). */
export function frontmatterProblems(text: string, ext: string): SyntaxProblem[] {
  const clean = normalizeNewlines(text);
  let yamlText = clean;
  let offset = 0;
  if (ext === '.md' || ext === '.mdx') {
    if (!/^---\n/.test(clean)) return [{ line: 1, message: '缺少前置元数据：文件应以一行「---」开头，写完字段后再以一行「---」结束。' }];
    const parts = splitFrontmatter(clean);
    if (!parts) return [{ line: 1, message: '前置元数据没有结束：字段写完后需要单独一行「---」。' }];
    yamlText = parts.yaml;
    offset = 1;
  }
  const colons = yamlText
    .split('\n')
    .map((line, i) => ({ match: line.match(FULL_WIDTH_COLON), line: i + 1 + offset }))
    .filter((l) => l.match)
    .map(({ match, line }) => ({
      line,
      message: `字段名「${match![2]}」后面用了全角冒号「：」。字段名后必须是半角冒号加空格，请改成「${match![2]}: 」。`,
    }));
  if (colons.length) return colons;
  try {
    load(yamlText);
    return [];
  } catch (error) {
    const e = error as { mark?: { line?: number }; reason?: string; message: string };
    const line = (e.mark?.line ?? 0) + 1 + offset;
    const reason = e.reason ?? e.message;
    return [{ line, message: `${explainYamlError(reason)}（YAML：${reason}）` }];
  }
}
