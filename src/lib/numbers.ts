/**
 * "A number on a page is backed by a quote that contains it." Numbers are
 * compared as written (652, 4.9, 83.94), after folding full-width digits and
 * the spaces newspaper columns put inside them.
 */
const NUMBER = /\d+(?:\.\d+)?/g;

function fold(text: string): string {
  return text.normalize('NFKC').replace(/(\d)\s+(?=[\d.])/g, '$1').replace(/(\.)\s+(?=\d)/g, '$1');
}

export function numbersIn(text: string): string[] {
  return fold(text).match(NUMBER) ?? [];
}

/** Numbers in `texts` that appear in none of `quotes`, each listed once. */
export function unbackedNumbers(texts: readonly string[], quotes: readonly string[]): string[] {
  const backed = new Set(quotes.flatMap((q) => numbersIn(q.replace(/\s+/g, ''))));
  const missing = new Set<string>();
  for (const text of texts) for (const n of numbersIn(text)) if (!backed.has(n)) missing.add(n);
  return [...missing];
}

/** MDX body prose without tags, `{expressions}` and list numbering, which are markup, not content. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/^\s*\d+[.)]\s+/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}
