// `npm run check`: every content check in seconds, without building pages.
// Same engine as the build (src/lib/content-check.ts); messages in Chinese
// with file and line. Exit code 1 when anything is wrong.
import './ts-imports.mjs';
import { performance } from 'node:perf_hooks';

const started = performance.now();
const { checkContent } = await import('../src/lib/content-check.ts');
const { formatProblems } = await import('../src/lib/graph.ts');
const { QUOTES_NOT_CHECKED, SOURCES_REQUIRED_IN_CI } = await import('../src/lib/source-texts.ts');

const root = process.env.HANDBOOK_CONTENT_DIR ?? 'content';
const { entries, graph, problems, sources } = await checkContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (!sources.available) {
  if (process.env.CI) {
    console.error(SOURCES_REQUIRED_IN_CI(sources.dir));
    process.exit(1);
  }
  console.warn(QUOTES_NOT_CHECKED(sources.dir));
}
if (problems.length) {
  console.error(formatProblems(problems).replace('构建已停止', '请逐条改正'));
  process.exit(1);
}
const quotes = [...graph.citations.values()].reduce((n, list) => n + list.length, 0);
console.log(`内容检查通过：${entries.length} 个条目，${quotes} 条引文${sources.available ? '已逐条与来源原文核对' : '（未核对原文）'}。用时 ${seconds} 秒。`);
