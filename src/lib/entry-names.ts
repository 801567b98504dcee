import { basename, extname, join } from 'node:path';
import type { Kind } from '../core/kinds';
import { contentFiles, readContentFile } from './content-files';

/**
 * Every name a reader may meet in running prose (an entry's title and
 * aliases) mapped to the one entry it names, longest name first: the table
 * the Markdown plugin (src/plugins/name-links.ts) links prose with. Read
 * straight from the content folder at config time, once per build, because
 * Markdown plugins run before Astro's content layer can be queried; the
 * schemas still validate the same files during the build.
 *
 * The matching itself (findMentions) is a pure function over strings, so it
 * does not depend on the Markdown processor that walks the tree.
 */

/** Where a name leads. Glossary terms also carry the one-line definition shown in the popover. */
export interface NameTarget {
  kind: Kind;
  id: string;
  title: string;
  /** Glossary terms only: the definition popover. */
  term?: { summary: string; unverified: boolean };
}

export interface EntryName {
  /** Text matched in running prose. */
  name: string;
  target: NameTarget;
}

/** An entry as the name table needs it. */
export interface NamedEntry extends NameTarget {
  aliases: readonly string[];
  /** A model's named parts (微党课进社区 …): they name a piece, not the whole. */
  parts?: readonly string[];
}

/**
 * Kinds whose names are linked in prose. Regions, cases and sources are left
 * out: place names occur on nearly every page and the facts rows already link
 * a case's region; case titles are headlines nobody repeats; sources are
 * linked by every citation line.
 */
export const NAMED_KINDS = ['glossary', 'models', 'carriers', 'methods', 'guides', 'stories', 'statements', 'domains'] as const satisfies readonly Kind[];

/** Glossary names shorter than this match inside too many unrelated words. */
const MIN_TERM_LENGTH = 2;
/**
 * Other entries' names need one more character: their two-character aliases
 * (五微, 四步, 头雁, 三味, 六同) are parts or everyday words, while a glossary
 * term is exactly such a short word, written down to be explained.
 */
const MIN_ENTRY_NAME_LENGTH = 3;
/**
 * Aliases that exist for search, not as names: linking them would send a
 * reader to an entry that only mentions the thing. Each was seen linking the
 * wrong way in the built pages; keep the list short.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  // An everyday phrase (「没有给出具体做法、时间安排或案例」), not the guide 整体安排.
  '时间安排',
  // 赤峰's three actions together; the model 比武争星 is only one of them.
  '三大行动',
  // Cooperatives a case is about: a reader expects that case, not the model that cites it.
  '戈壁红驼',
  '阿润策格乳业专业合作社',
  '众诚养殖专业合作社',
]);

export const targetKey = (target: Pick<NameTarget, 'kind' | 'id'>) => `${target.kind}/${target.id}`;
/** The target's page under `base` (astro.config's, passed in: the Markdown plugin runs outside Vite, where the base is not known). */
export const targetUrl = (target: Pick<NameTarget, 'kind' | 'id'>, base = '/') => `${base.replace(/\/?$/, '/')}${target.kind}/${target.id}/`;

const lengthOf = (name: string) => [...name].length;

/** The names an entry may be linked by: all of a glossary term's, fewer of other kinds'. */
export function namesOf(entry: NamedEntry): string[] {
  const parts = new Set(entry.parts ?? []);
  const glossary = entry.kind === 'glossary';
  // A domain's aliases are everyday words (社区, 村, 学校, 机关): only its title names it.
  const candidates = [entry.title, ...(entry.kind === 'domains' ? [] : entry.aliases)].map((n) => n.trim());
  return [
    ...new Set(
      candidates.filter((name) =>
        glossary ? lengthOf(name) >= MIN_TERM_LENGTH : lengthOf(name) >= MIN_ENTRY_NAME_LENGTH && !parts.has(name) && !NOT_NAMES.has(name),
      ),
    ),
  ];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Names to match, longest first (「七个作模范」 before 「模范」).
 *
 * When several entries share a name:
 * - a glossary term wins over any other kind's entry. The term was written to
 *   explain exactly that word, its link shows the definition in place (no
 *   page load, works offline), and the term's page links on to the full
 *   entry: 红色物业, 一本发展账, 乌兰牧骑, 好来宝 are glossary terms and also
 *   an entry's title or alias.
 * - otherwise a name two entries share (two glossary terms, or two models
 *   both called 比武争星) is not linked: either link could explain the wrong one.
 */
export function buildNameTable(entries: readonly NamedEntry[]): EntryName[] {
  const owners = new Map<string, Map<string, NameTarget>>();
  for (const entry of entries) {
    const { aliases: _aliases, parts: _parts, ...target } = entry;
    for (const name of namesOf(entry)) {
      const list = owners.get(name) ?? new Map<string, NameTarget>();
      list.set(targetKey(target), target);
      owners.set(name, list);
    }
  }
  const table: EntryName[] = [];
  for (const [name, list] of owners) {
    const targets = [...list.values()];
    const terms = targets.filter((t) => t.kind === 'glossary');
    const chosen = terms.length > 0 ? terms : targets;
    if (chosen.length === 1) table.push({ name, target: chosen[0]! });
  }
  return table.sort((a, b) => b.name.length - a.name.length || byText(a.name, b.name));
}

/** A name found in a text: [start, end) in UTF-16 units. */
export interface Mention {
  start: number;
  end: number;
  name: EntryName;
}

/** The name table indexed for matching; build once, match many texts. */
export interface NameIndex {
  byFirstChar: Map<string, EntryName[]>;
}

export function nameIndex(table: readonly EntryName[]): NameIndex {
  const byFirstChar = new Map<string, EntryName[]>();
  for (const entry of table) {
    const first = entry.name[0]!;
    const list = byFirstChar.get(first);
    if (list) list.push(entry);
    else byFirstChar.set(first, [entry]);
  }
  return { byFirstChar };
}

/**
 * First mentions in `text`, greedy left to right with the longest name at each
 * position. A name whose entry is in `skip` (already linked on the page, or
 * the page itself) is not returned but still claims its text, so 「模范」
 * inside 「七个作模范」 is never matched on its own. Each entry at most once.
 */
export function findMentions(text: string, index: NameIndex, skip: ReadonlySet<string>): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < text.length; ) {
    const name = index.byFirstChar.get(text[i]!)?.find((n) => text.startsWith(n.name, i));
    if (!name) {
      i++;
      continue;
    }
    const key = targetKey(name.target);
    if (!skip.has(key) && !seen.has(key)) {
      seen.add(key);
      mentions.push({ start: i, end: i + name.name.length, name });
    }
    i += name.name.length;
  }
  return mentions;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : []);

/**
 * Reads the named kinds from `contentDir`. Files the schema would reject (no
 * title, or a glossary term without a summary) are skipped here; the content
 * build reports them.
 */
export function loadNamedEntries(contentDir: string): NamedEntry[] {
  const entries: NamedEntry[] = [];
  for (const kind of NAMED_KINDS) {
    for (const file of contentFiles(join(contentDir, kind))) {
      const data = readContentFile(file).data as Record<string, unknown> | null;
      if (!data || typeof data.title !== 'string') continue;
      if (kind === 'glossary' && typeof data.summary !== 'string') continue;
      entries.push({
        kind,
        id: basename(file, extname(file)),
        title: data.title,
        aliases: strings(data.aliases),
        ...(kind === 'models' ? { parts: strings(data.parts) } : {}),
        ...(kind === 'glossary' ? { term: { summary: data.summary as string, unverified: data.unverified === true } } : {}),
      });
    }
  }
  return entries;
}
