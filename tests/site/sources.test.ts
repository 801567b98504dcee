import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeQuote } from '../../src/lib/quote-text';
import { sourcesDir } from '../../src/lib/source-texts';

/**
 * The sources' full texts stay outside the site: dist/ may hold short quotes,
 * never a long run of a source. Source windows of WINDOW characters are taken
 * at a stride of WINDOW, so any run of twice that length contains one whole.
 */
const DIST = process.env.HANDBOOK_OUT_DIR ?? 'dist';
const WINDOW = 100;
const PREFIX = 6;

function* textFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // Pagefind's folder holds its own library and compressed index fragments, not page text.
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind') yield* textFiles(path);
    }
    else if (/\.(html|json|js|txt|xml|webmanifest)$/.test(name)) yield path;
  }
}

const readable = (html: string) => normalizeQuote(html.replace(/<[^>]*>/g, ''));

describe.skipIf(!existsSync(sourcesDir()))('the built site and the sources', () => {
  it(`holds no run of ${2 * WINDOW} or more characters of any source text`, () => {
    const windows = new Map<string, string>();
    // A short prefix screens most positions before a whole window is compared.
    const prefixes = new Set<string>();
    for (const name of readdirSync(sourcesDir()).filter((n) => n.endsWith('.txt'))) {
      const text = normalizeQuote(readFileSync(join(sourcesDir(), name), 'utf8'));
      for (let i = 0; i + WINDOW <= text.length; i += WINDOW) {
        windows.set(text.slice(i, i + WINDOW), name);
        prefixes.add(text.slice(i, i + PREFIX));
      }
    }
    const leaks: string[] = [];
    for (const file of textFiles(DIST)) {
      const text = readable(readFileSync(file, 'utf8'));
      for (let i = 0; i + WINDOW <= text.length; i++) {
        if (!prefixes.has(text.slice(i, i + PREFIX))) continue;
        const source = windows.get(text.slice(i, i + WINDOW));
        if (source) {
          leaks.push(`${file}: ${source}`);
          break;
        }
      }
    }
    expect(leaks).toEqual([]);
  }, 60_000);
});
