import { relative, sep, basename, extname } from 'node:path';
import type { Link, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import type { GlossaryName } from '../lib/glossary-terms';

/**
 * Links the first use on a page of each glossary term (by its title or any
 * alias) to its entry, longest name first, and puts the term's one-line
 * definition beside the link as a popover that the link's aria-describedby
 * points to: screen readers get the definition without any script.
 *
 * Never links inside headings, links, code, blockquotes or MDX components,
 * and never on the term's own page. A term may span inline markup
 * (`**两个**确立`): the formatting is split around the link.
 */

export interface GlossaryLinkOptions {
  /** From buildNameTable: longest name first. */
  names: readonly GlossaryName[];
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
export const glossaryUrl = (id: string, base = '/') => `${base.replace(/\/?$/, '/')}glossary/${id}/`;

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

interface Match {
  start: number;
  end: number;
  name: GlossaryName;
}

export function remarkGlossaryLinks({ names, contentDir, base = '/' }: GlossaryLinkOptions) {
  const byFirstChar = new Map<string, GlossaryName[]>();
  for (const entry of names) byFirstChar.set(entry.name[0]!, [...(byFirstChar.get(entry.name[0]!) ?? []), entry]);

  return (tree: Root, file: VFile) => {
    const current = entryOfFile(file.history[0] ?? file.path, contentDir);
    const ownId = current?.kind === 'glossary' ? current.id : undefined;
    const linked = new Set<string>();

    /** Greedy left to right, longest name at each position; a name already linked still claims its text. */
    function matchesIn(text: string): Match[] {
      const matches: Match[] = [];
      for (let i = 0; i < text.length; ) {
        const name = byFirstChar.get(text[i]!)?.find((n) => text.startsWith(n.name, i));
        if (!name) {
          i++;
          continue;
        }
        const id = name.term.id;
        if (id !== ownId && !linked.has(id)) {
          linked.add(id);
          matches.push({ start: i, end: i + name.name.length, name });
        }
        i += name.name.length;
      }
      return matches;
    }

    function linkRun(parent: Parent): void {
      const children = parent.children as PhrasingContent[];
      const matches = matchesIn(textOf(children));
      if (matches.length === 0) return;
      const next: PhrasingContent[] = [];
      let at = 0;
      for (const { start, end, name } of matches) {
        next.push(...slice(children, at, start), termLink(name, slice(children, start, end), base), termTip(name));
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

function termLink({ term }: GlossaryName, children: PhrasingContent[], base: string): Link {
  return {
    type: 'link',
    url: glossaryUrl(term.id, base),
    children,
    data: { hProperties: { className: ['term-link'], ariaDescribedBy: [termTipId(term.id)], dataTerm: term.id } },
  };
}

/**
 * The definition, right after its link. A `popover` element stays hidden (and
 * out of the page's text for search) until the script opens it.
 */
function termTip({ term }: GlossaryName): PhrasingContent {
  const content: ElementContent[] = [{ type: 'text', value: term.summary }];
  if (term.unverified) {
    content.push({ type: 'text', value: ' ' }, { type: 'element', tagName: 'span', properties: { className: ['unverified-mark'] }, children: [{ type: 'text', value: '待核实' }] });
  }
  return {
    type: 'emphasis',
    children: [],
    data: {
      hName: 'span',
      hProperties: { id: termTipId(term.id), className: ['term-tip'], role: 'tooltip', popover: 'manual', dataPagefindIgnore: true },
      hChildren: content,
    },
  };
}
