import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { normalizeNewlines, splitFrontmatter } from './frontmatter';

/**
 * Reading content files outside Astro's content layer: for the Markdown
 * plugin's name table (which runs before collections can be queried) and for
 * the content checks that run without a build.
 */
const CONTENT_EXTENSIONS = ['.md', '.mdx', '.yaml', '.yml'];

/** Every content file under `dir`, in a stable order; nothing if `dir` is missing. */
export function* contentFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* contentFiles(path);
    else if (CONTENT_EXTENSIONS.includes(extname(name))) yield path;
  }
}

/** A file's data (a YAML file, or an MDX file's frontmatter) and, for MDX, its body. */
export function readContentFile(file: string): { data: unknown; body?: string } {
  const raw = normalizeNewlines(readFileSync(file, 'utf8'));
  if (['.yaml', '.yml'].includes(extname(file))) return { data: loadYaml(raw) };
  const parts = splitFrontmatter(raw);
  if (!parts) return { data: {}, body: raw };
  return { data: loadYaml(parts.yaml), body: parts.body };
}
