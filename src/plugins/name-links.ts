import { relative, sep, basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Delete, Emphasis, Link, Parents, PhrasingContent, TableCell, Paragraph, Strong } from 'mdast';
// Types only: satteri is Astro 7's Markdown engine, installed with @astrojs/markdown-satteri.
import type { Custom, MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { findMentions, nameIndex, targetKey, targetUrl, type EntryName, type NameTarget } from '../lib/entry-names';

/**
 * A Sätteri mdast plugin that links the first use on a page of each entry's
 * name (title or alias, as the name table gives them) to that entry, longest
 * name first. A glossary term's link also gets the term's one-line definition
 * beside it as a popover that the link's aria-describedby points to: screen
 * readers get the definition without any script. Other entries' links are
 * plain links (the link preview script describes them on hover).
 *
 * Never links inside headings, links, code, blockquotes or MDX components,
 * and never to the page's own entry. A name may span inline markup
 * (`**两个**确立`): the formatting is split around the link. The matching is
 * findMentions in src/lib/entry-names.ts; this file only edits the mdast tree.
 */

// The mdast → hast fields Sätteri honours (as remark-rehype did): the element and attributes a node becomes.
declare module 'mdast' {
  interface Data {
    hName?: string;
    hProperties?: Record<string, unknown>;
  }
}

export interface NameLinkOptions {
  /** From buildNameTable: longest name first. */
  names: readonly EntryName[];
  /** Absolute content folder: a file's collection and id come from its path under it. */
  contentDir: string;
  /** The site's path prefix (astro.config's `base`); "/" when omitted. */
  base?: string;
}

/**
 * Ancestors under which a paragraph or table cell is left alone. Headings,
 * links and code hold no paragraphs; inside a paragraph they are opaque (see textOf).
 */
const SKIP_WITHIN = new Set(['blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
/** Inline formatting a term may run across. */
const TRANSPARENT = new Set(['emphasis', 'strong', 'delete']);
/** Stands for any other inline node in the flattened text, so no name can match across it. */
const OPAQUE = '\uFFFC';

/** `content/glossary/sub/x.mdx` → { kind: 'glossary', id: 'x' }, relative to the content folder. */
export function entryOfFile(path: string | undefined, contentDir: string): { kind: string; id: string } | undefined {
  if (!path) return undefined;
  const parts = relative(contentDir, path).split(sep);
  if (parts.length < 2 || parts[0] === '..' || parts[0] === '') return undefined;
  return { kind: parts[0]!, id: basename(path, extname(path)) };
}

export const termTipId = (id: string) => `term-tip-${id}`;

type Formatting = Emphasis | Strong | Delete;
const isTransparent = (node: PhrasingContent): node is Formatting => TRANSPARENT.has(node.type);

function lengthOf(node: PhrasingContent): number {
  if (node.type === 'text') return node.value.length;
  if (isTransparent(node)) return node.children.reduce((n, c) => n + lengthOf(c), 0);
  return 1;
}

function textOf(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : isTransparent(node) ? textOf(node.children) : OPAQUE)).join('');
}

/**
 * The part of `nodes` covering [start, end) of their text, cutting text and
 * copying formatting at the edges. Copies are new nodes: a Sätteri node carries
 * its place in the tree, which a copy must not claim.
 */
function slice(nodes: readonly PhrasingContent[], start: number, end: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const node of nodes) {
    const to = from + lengthOf(node);
    if (to > start && from < end) {
      if (from >= start && to <= end) out.push(node);
      else if (node.type === 'text') out.push({ type: 'text', value: node.value.slice(Math.max(start - from, 0), Math.min(end, to) - from) });
      else if (isTransparent(node)) out.push({ type: node.type, children: slice(node.children, start - from, end - from) } as Formatting);
    }
    from = to;
  }
  return out;
}

/** One plugin instance per document: it knows the page's entry and what the page has linked so far. */
export function nameLinks({ names, contentDir, base = '/' }: NameLinkOptions) {
  const index = nameIndex(names);

  return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition => {
    const current = entryOfFile(fileURL && fileURLToPath(fileURL), contentDir);
    // Holds the page's own entry and every entry linked so far on this page.
    const skip = new Set<string>(current ? [`${current.kind}/${current.id}`] : []);

    // Sätteri calls the visitors in document order, so "first" is the reader's first.
    function linkRun(node: Readonly<Paragraph | TableCell>, ctx: MdastVisitorContext): void {
      for (let up: Readonly<Parents> | undefined = ctx.parent(node); up; up = ctx.parent(up)) if (SKIP_WITHIN.has(up.type)) return;
      const children = node.children;
      const mentions = findMentions(textOf(children), index, skip);
      if (mentions.length === 0) return;
      const next: (PhrasingContent | Custom)[] = [];
      let at = 0;
      for (const { start, end, name } of mentions) {
        skip.add(targetKey(name.target));
        next.push(...slice(children, at, start), ...nameLink(name.target, slice(children, start, end), base));
        at = end;
      }
      next.push(...slice(children, at, Infinity));
      ctx.setProperty(node, 'children', next);
    }

    return { name: 'name-links', paragraph: linkRun, tableCell: linkRun };
  };
}

/** A glossary term's link and its definition popover, or a plain link to another entry. */
function nameLink(target: NameTarget, children: PhrasingContent[], base: string): (Link | Custom)[] {
  const link = (hProperties: Record<string, unknown>): Link => ({ type: 'link', url: targetUrl(target, base), children, data: { hProperties } });
  if (!target.term) return [link({ className: ['entry-link'], dataEntry: targetKey(target) })];
  return [link({ className: ['term-link'], ariaDescribedBy: [termTipId(target.id)], dataTerm: target.id }), termTip(target.id, target.term)];
}

/**
 * The definition, right after its link: a node of our own, which Sätteri
 * renders as its `hName` element. A `popover` element stays hidden (and out of
 * the page's text for search) until the script opens it. data-pagefind-ignore
 * is '' rather than true: MDX would write true out as ="true".
 */
function termTip(id: string, term: NonNullable<NameTarget['term']>): Custom {
  const children: Custom['children'] = [{ type: 'text', value: term.summary }];
  if (term.unverified) {
    children.push({ type: 'text', value: ' ' }, { type: 'unverifiedMark', children: [{ type: 'text', value: '待核实' }], data: { hName: 'span', hProperties: { className: ['unverified-mark'] } } });
  }
  return {
    type: 'termTip',
    children,
    data: { hName: 'span', hProperties: { id: termTipId(id), className: ['term-tip'], role: 'tooltip', popover: 'manual', dataPagefindIgnore: '' } },
  };
}
