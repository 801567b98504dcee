import { basename, extname, join } from 'node:path';
import { contentFiles, readContentFile } from './content-files';

/**
 * The glossary as the remark plugin needs it: every name a reader may meet
 * (title and aliases) mapped to its entry, longest name first. Read straight
 * from content/glossary at config time, because remark plugins run before
 * Astro's content layer can be queried; the schema still validates the same
 * files during the build.
 */

export interface GlossaryTerm {
  id: string;
  title: string;
  /** The one-line definition shown in the popover. */
  summary: string;
  unverified: boolean;
}

export interface GlossaryName {
  /** Text matched in running prose. */
  name: string;
  term: GlossaryTerm;
}

interface GlossarySource extends GlossaryTerm {
  aliases: readonly string[];
}

/** Names shorter than this match inside too many unrelated words. */
const MIN_NAME_LENGTH = 2;

/**
 * Names to match, longest first (「七个作模范」 before 「模范」). A name two
 * entries share is left out: linking it to either could explain the wrong one.
 */
export function buildNameTable(terms: readonly GlossarySource[]): GlossaryName[] {
  const owners = new Map<string, GlossaryTerm[]>();
  for (const { aliases, ...term } of terms) {
    for (const name of new Set([term.title, ...aliases].map((n) => n.trim()))) {
      if ([...name].length < MIN_NAME_LENGTH) continue;
      owners.set(name, [...(owners.get(name) ?? []), term]);
    }
  }
  return [...owners]
    .filter(([, list]) => list.length === 1)
    .map(([name, [term]]) => ({ name, term: term! }))
    .sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads `<contentDir>/glossary`. Files the schema would reject (no title or
 * summary) are skipped here; the content build reports them.
 */
export function loadGlossaryTerms(contentDir: string): GlossarySource[] {
  const terms: GlossarySource[] = [];
  for (const file of contentFiles(join(contentDir, 'glossary'))) {
    const data = readContentFile(file).data as Record<string, unknown> | null;
    if (!data || typeof data.title !== 'string' || typeof data.summary !== 'string') continue;
    terms.push({
      id: basename(file, extname(file)),
      title: data.title,
      summary: data.summary,
      unverified: data.unverified === true,
      aliases: Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [],
    });
  }
  return terms;
}
