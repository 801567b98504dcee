/**
 * Pagefind's fragments, as the search index (src/build/search-index.ts)
 * rewrites them. A fragment is one page's text, metadata and anchors; the
 * search page fetches one for each result it shows, and they are most of
 * what a first query downloads past Pagefind's fixed files. Pagefind 1.6
 * writes more than its script and the search page read, so the build keeps
 * only what they read (slimFragment).
 */

/** A fragment as Pagefind 1.6 writes it. */
export interface PagefindFragment {
  url: string;
  content: string;
  word_count: number;
  filters?: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

const FRAGMENT_KEYS = ['url', 'content', 'word_count', 'filters', 'meta', 'anchors'];

/**
 * The fragment without what nobody reads: its filters (the search gets
 * counts from the filter index, never from a fragment), and anchors that
 * Pagefind's script passes over when it builds section links (those without
 * a title that are not headings: every cited quote's <li>, whose text
 * repeats the page's). The text's word breaks become spaces
 * (spacedFragmentText). Throws on a field Pagefind 1.6 does not write, so a
 * new version is looked at before its fragments are cut.
 */
export function slimFragment(fragment: PagefindFragment): Omit<PagefindFragment, 'filters'> {
  const unknown = Object.keys(fragment).filter((k) => !FRAGMENT_KEYS.includes(k));
  if (unknown.length) throw new Error(`Pagefind fragment of ${fragment.url} has fields this build does not know: ${unknown.join(', ')}`);
  const { filters: _unread, ...kept } = fragment;
  return { ...kept, content: spacedFragmentText(fragment.content) ?? fragment.content, anchors: fragment.anchors.filter(isReadAnchor) };
}

/** The anchors Pagefind 1.6's script keeps for section links: titled ones, and headings with text. */
function isReadAnchor(a: PagefindAnchor): boolean {
  return (!!a.title?.length && /\S/.test(a.title)) || (/h\d/i.test(a.element) && !!a.text?.length && /\S/.test(a.text));
}

/**
 * A fragment's text with its Chinese word breaks, U+200B after every word,
 * made spaces: a fifth fewer bytes (gzip), and Pagefind's script then counts
 * words by spaces, as for any other language. Undefined when the words
 * would not line up one for one (the excerpts and section links point at
 * words by number), so the text stays as Pagefind wrote it.
 */
export function spacedFragmentText(content: string): string | undefined {
  if (!content.includes('\u200b')) return undefined;
  const spaced = content.replace(/\s?\u200b/g, ' ').trimEnd();
  const words = content.split('\u200b').map((w) => w.trim());
  while (words.at(-1) === '') words.pop();
  const after = spaced.split(/[\r\n\s]+/g);
  return after.length === words.length && after.every((w, i) => w === words[i]) ? spaced : undefined;
}
