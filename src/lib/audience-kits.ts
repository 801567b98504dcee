import { AUDIENCES, type AudienceId } from '../schemas/enums';
import { kindLabel, type Kind } from '../core/kinds';
import type { GraphEntry } from './graph';
import { entryKey, ranked, type ContentIndex } from './basket/ready-outlines';

/**
 * An audience's kit, derived from content relations: entries whose
 * `audiences` name it, and entries linked with its domain playbook (the
 * domains marked for it). Entries with both come first.
 */

/** Kinds a kit lists, in the order the page shows them. */
export const KIT_KINDS = ['carriers', 'methods', 'stories', 'cases', 'models', 'glossary'] as const satisfies readonly Kind[];
/** The starter set: the playbook plus this many of each (a talk-sized handful; sized outlines go further). */
const STARTER_KINDS = ['carriers', 'methods', 'stories', 'cases'] as const satisfies readonly Kind[];
export const STARTER_PER_KIND = 1;

export interface AudienceKit {
  id: AudienceId;
  label: string;
  /** Domain playbooks: how the work is done for these people. */
  playbooks: GraphEntry[];
  /** Non-empty groups of suited entries, best-suited first. */
  groups: { kind: Kind; label: string; entries: GraphEntry[] }[];
  /** Concrete formats (墙根唠嗑, 快板书 …) of the suited methods. */
  formats: { text: string; method: GraphEntry }[];
  /** Keys of a ready starter set, one click into the basket. */
  starter: string[];
}

const audiencesOf = (e: GraphEntry) => ((e.data as { audiences?: string[] }).audiences ?? []);

export const audienceLabel = (audience: AudienceId) => AUDIENCES.find((a) => a.id === audience)!.label;

/** The domain playbooks marked for an audience. */
export const playbooksFor = (index: ContentIndex, audience: AudienceId) => index.byKind.domains.filter((d) => audiencesOf(d).includes(audience));

/**
 * How well an entry suits an audience: 1 for being marked for it, 1 for
 * being linked with one of its playbooks (0–2).
 */
export function audienceFit(index: ContentIndex, audience: AudienceId): (key: string) => number {
  const marked = (key: string) => {
    const node = index.graph.nodes.get(key);
    return node !== undefined && audiencesOf(node).includes(audience);
  };
  const nearPlaybook = new Set(playbooksFor(index, audience).flatMap((d) => [...(index.graph.neighbours.get(entryKey(d)) ?? [])]));
  return (key) => (marked(key) ? 1 : 0) + (nearPlaybook.has(key) ? 1 : 0);
}

export function audienceKit(index: ContentIndex, audience: AudienceId): AudienceKit {
  const label = audienceLabel(audience);
  const playbooks = playbooksFor(index, audience);
  const fit = audienceFit(index, audience);

  const suited = new Map<Kind, GraphEntry[]>(KIT_KINDS.map((kind) => [kind, ranked(index, kind, fit)]));
  const playbookKeys = playbooks.map(entryKey);
  return {
    id: audience,
    label,
    playbooks,
    groups: KIT_KINDS.filter((kind) => suited.get(kind)!.length > 0).map((kind) => ({ kind, label: kindLabel(kind), entries: suited.get(kind)! })),
    formats: suited.get('methods')!.flatMap((method) => ((method.data as { formats?: string[] }).formats ?? []).map((text) => ({ text, method }))),
    starter: [...playbookKeys, ...STARTER_KINDS.flatMap((kind) => suited.get(kind)!.slice(0, STARTER_PER_KIND).map(entryKey))],
  };
}

export function audienceKits(index: ContentIndex): AudienceKit[] {
  return AUDIENCES.map((a) => audienceKit(index, a.id));
}
