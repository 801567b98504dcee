import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { containsQuote, cornerQuotedPhrases, normalizeQuote } from '../../src/lib/quote-text';
import { loadSourceTexts, sourcesDir } from '../../src/lib/source-texts';
import { checkContent } from '../../src/lib/content-check';
import { KIND_NAMES } from '../../src/core/kinds';

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

/** A page's reading text: no scripts or styles, no glossary popovers (they sit inside the phrase they explain). */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<span[^>]*popover[^>]*>[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]*>/g, '');

describe.skipIf(!existsSync(sourcesDir()))('「」 on the pages', () => {
  it('marks only words of some source or the name of an entry, on every entry and collection page', async () => {
    const { entries } = await checkContent('content');
    const sources = loadSourceTexts(entries.filter((e) => e.kind === 'sources').map((e) => e.id));
    const texts = sources.available ? [...sources.texts.values()] : [];
    const nameKey = (name: string) => normalizeQuote(name).replace(/"/g, '');
    const names = new Set(entries.flatMap((e) => [e.title, ...((e.data.aliases as string[] | undefined) ?? [])]).map(nameKey));
    const unsourced = new Map<string, string>();
    for (const kind of KIND_NAMES) {
      for (const file of textFiles(join(DIST, kind))) {
        if (!file.endsWith('.html')) continue;
        for (const phrase of cornerQuotedPhrases(visibleText(readFileSync(file, 'utf8')))) {
          if (unsourced.has(phrase) || names.has(nameKey(phrase)) || texts.some((t) => containsQuote(t, phrase))) continue;
          unsourced.set(phrase, file);
        }
      }
    }
    expect([...unsourced].map(([phrase, file]) => `${file}: 「${phrase}」`)).toEqual([]);
  }, 60_000);
});
