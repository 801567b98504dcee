// Runs before `astro build`: finds YAML syntax errors in content files and
// explains them in Chinese with the file and line, which Astro reports only
// in English. `npm run check` runs the same check and all the others.
import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import './ts-imports.mjs';
const { contentFiles } = await import('../src/lib/content-files.ts');
const { frontmatterProblems } = await import('../src/lib/frontmatter.ts');

const root = process.env.HANDBOOK_CONTENT_DIR ?? 'content';
const report = [];
for (const file of contentFiles(root)) {
  for (const p of frontmatterProblems(readFileSync(file, 'utf8'), extname(file))) report.push(`${relative(process.cwd(), file)} 第 ${p.line} 行：${p.message}`);
}
if (report.length) {
  console.error(`内容文件有 ${report.length} 处格式错误，构建已停止：\n${report.map((l) => `  · ${l}`).join('\n')}`);
  process.exit(1);
}
