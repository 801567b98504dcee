// Runs before `astro build`: finds YAML syntax errors in content files and
// explains them in Chinese with the file and line, which Astro reports only
// in English. `npm run check` runs the same check and all the others.
import './ts-imports.mjs';
import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';

const { contentFiles } = await import('../src/lib/content-files.ts');
const { frontmatterProblems } = await import('../src/lib/frontmatter.ts');
const { formatProblems } = await import('../src/lib/graph.ts');

const root = process.env.HANDBOOK_CONTENT_DIR ?? 'content';
const problems = [...contentFiles(root)].flatMap((file) =>
  frontmatterProblems(readFileSync(file, 'utf8'), extname(file)).map((p) => ({ filePath: relative(process.cwd(), file), field: '格式', message: p.message, line: p.line })),
);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
