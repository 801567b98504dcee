import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A fresh folder for a test build, inside the project (test-builds/). Astro
 * bundles a build's pages into `.prerender/` under its output folder when that
 * folder is inside the project, but into the project's own `.astro/.prerender/`
 * when it is not: test builds with output folders elsewhere (say in /tmp)
 * overwrite each other's bundles when they run at the same time.
 */
export function scratchDir(prefix: string): string {
  const root = resolve('test-builds');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, prefix));
}
