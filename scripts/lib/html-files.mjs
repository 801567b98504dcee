import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built site's HTML pages, below `dir`: every step after the build and
 * every check over dist/ walks them the same way. Pagefind's own files and
 * Astro's bundles hold no page.
 * @param {string} dir
 * @returns {Generator<string>}
 */
export function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}
