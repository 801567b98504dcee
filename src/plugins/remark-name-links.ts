import { relative, sep, basename, extname } from 'node:path';
import type { Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { findMentions, nameIndex, targetKey, targetUrl, type EntryName, type NameTarget } from '../lib/entry-names';

/**
 * Links the first use on a page of each entry's name (title or alias, as the
 * name table gives them) to that entry, longest name first. A glossary term's
 * link also gets the term's one-line definition beside it as a popover that
 * the link's aria-describedby points to: screen readers get the definition
 * without any script. Other entries' links are plain links (the link preview
 * script describes them on hover).
 *
 * Never links inside headings, links, code, blockquotes or MDX components,
 * and never to the page's own entry. A name may span inline markup
 * (`**两个**确立`): the formatting is split around the link. The matching is
 * findMentions in src/lib/entry-names.ts; this file only walks the mdast tree.
 */

export interface NameLinkOptions {
  /** From buildNameTable: longest name first. */
  names: readonly EntryName[];
  /** Absolute content folder: a file's collection and id come from its path under it. */
  contentDir: string;
  /** The site's path prefix (astro.config's `base`); "/" when omitted. */
  base?: string;
}

/** Subtrees where a link would be wrong or unwelcome. */
const SKIP = new Set([
  'heading',
  'blockquote',
  'link',
  'linkReference',
  'code',
  'inlineCode',
  'html',
  'definition',
  'image',
  'imageReference',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'yaml',
]);
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

function lengthOf(node: PhrasingContent): number {
  if (node.type === 'text') return node.value.length;
  if (TRANSPARENT.has(node.type)) return (node as Parent).children.reduce((n, c) => n + lengthOf(c as PhrasingContent), 0);
  return 1;
}

function textOf(nodes: readonly PhrasingContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : TRANSPARENT.has(node.type) ? textOf((node as Parent).children as PhrasingContent[]) : OPAQUE)).join('');
}

/** The part of `nodes` covering [start, end) of their text, cutting text and cloning formatting at the edges. */
function slice(nodes: readonly PhrasingContent[], start: number, end: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const node of nodes) {
    const to = from + lengthOf(node);
    if (to > start && from < end) {
      if (from >= start && to <= end) out.push(node);
      else if (node.type === 'text') out.push({ type: 'text', value: node.value.slice(Math.max(start - from, 0), Math.min(end, to) - from) });
      else {
        const { position: _position, ...rest } = node as Parent & PhrasingContent;
        out.push({ ...rest, children: slice((node as Parent).children as PhrasingContent[], start - from, end - from) } as PhrasingContent);
      }
    }
    from = to;
  }
  return out;
}

export function remarkNameLinks({ names, contentDir, base = '/' }: NameLinkOptions) {
  const index = nameIndex(names);

  return (tree: Root, file: VFile) => {
    const current = entryOfFile(file.history[0] ?? file.path, contentDir);
    // Holds the page's own entry and every entry linked so far on this page.
    const skip = new Set<string>(current ? [`${current.kind}/${current.id}`] : []);

    function linkRun(parent: Parent): void {
      const children = parent.children as PhrasingContent[];
      const mentions = findMentions(textOf(children), index, skip);
      if (mentions.length === 0) return;
      const next: PhrasingContent[] = [];
      let at = 0;
      for (const { start, end, name } of mentions) {
        skip.add(targetKey(name.target));
        next.push(...slice(children, at, start), ...nameLink(name.target, slice(children, start, end), base));
        at = end;
      }
      next.push(...slice(children, at, Infinity));
      parent.children = next;
    }

    function visit(node: Nodes): void {
      if (SKIP.has(node.type)) return;
      if (node.type === 'paragraph' || node.type === 'tableCell') return linkRun(node);
      if ('children' in node) for (const child of node.children) visit(child);
    }

    visit(tree);
  };
}

/** A glossary term's link and its definition popover, or a plain link to another entry. */
function nameLink(target: NameTarget, children: PhrasingContent[], base: string): PhrasingContent[] {
  if (!target.term) {
    return [{ type: 'link', url: targetUrl(target, base), children, data: { hProperties: { className: ['entry-link'], dataEntry: targetKey(target) } } }];
  }
  return [termLink(target, children, base), termTip(target.id, target.term)];
}

function termLink(target: NameTarget, children: PhrasingContent[], base: string): Link {
  return {
    type: 'link',
    url: targetUrl(target, base),
    children,
    data: { hProperties: { className: ['term-link'], ariaDescribedBy: [termTipId(target.id)], dataTerm: target.id } },
  };
}

/**
 * The definition, right after its link. A `popover` element stays hidden (and
 * out of the page's text for search) until the script opens it.
 */
function termTip(id: string, term: NonNullable<NameTarget['term']>): PhrasingContent {
  const content: ElementContent[] = [{ type: 'text', value: term.summary }];
  if (term.unverified) {
    content.push({ type: 'text', value: ' ' }, { type: 'element', tagName: 'span', properties: { className: ['unverified-mark'] }, children: [{ type: 'text', value: '待核实' }] });
  }
  return {
    type: 'emphasis',
    children: [],
    data: {
      hName: 'span',
      hProperties: { id: termTipId(id), className: ['term-tip'], role: 'tooltip', popover: 'manual', dataPagefindIgnore: true },
      hChildren: content,
    },
  };
}
