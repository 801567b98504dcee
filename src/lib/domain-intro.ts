import { keyOf, referrers, type Graph, type GraphEntry } from './graph';
import { namesOf } from './entry-names';

/**
 * What a domain page shows first, so a reader on a phone sees how the work is
 * done before scrolling: the domain's own working models and the steps to
 * follow. Both are derived from the content, not listed by hand.
 */

/** The one guide that lays out the work as numbered steps (整体安排). */
export const STEPS_GUIDE_ID = 'zhengti-anpai';

const quoteKey = (quote: string) => quote.replace(/\s+/g, '');

/**
 * Models that list this domain and that the domain's own text names, or whose
 * evidence is the domain's own (a quote both cite): the pilot's model for
 * this domain rather than one of the many local models filed under it.
 * Named models come first, then in the order the domain's text names them.
 */
export function ownModels(graph: Graph, domain: GraphEntry): GraphEntry[] {
  const domainQuotes = new Set((graph.citations.get(keyOf('domains', domain.id)) ?? []).map((c) => quoteKey(c.quote)));
  const body = domain.body ?? '';
  const scored = referrers(graph, keyOf('domains', domain.id), 'domains', 'models').map((key) => {
    const model = graph.nodes.get(key)!;
    const { aliases = [], parts = [] } = model.data as { aliases?: string[]; parts?: string[] };
    const positions = namesOf({ kind: 'models', id: model.id, title: model.title, aliases, parts })
      .map((name) => body.indexOf(name))
      .filter((at) => at >= 0);
    const named = positions.length > 0 ? Math.min(...positions) : Infinity;
    const sharesEvidence = (graph.citations.get(key) ?? []).some((c) => domainQuotes.has(quoteKey(c.quote)));
    return { model, named, own: named !== Infinity || sharesEvidence };
  });
  return scored.filter((s) => s.own).sort((a, b) => a.named - b.named).map((s) => s.model);
}

export interface GuideSteps {
  /** Text of the heading the steps sit under, to find its anchor. */
  heading: string;
  /** Each step's name: the bold words an item starts with (定方案, 先学 …). */
  steps: string[];
}

const STEP = /^\d+\.\s+\*\*([^*]+)\*\*/;

/**
 * The first numbered list in a guide whose items all start with a bold step
 * name, with the `##` heading above it; undefined if the guide has none.
 */
export function guideSteps(body: string): GuideSteps | undefined {
  let heading = '';
  let steps: string[] = [];
  for (const line of body.split('\n')) {
    const step = line.match(STEP);
    if (step) steps.push(step[1]!.trim());
    // Blank lines and indented continuations stay inside the list.
    else if (steps.length > 0 && line.trim() !== '' && !/^\s/.test(line)) break;
    else if (/^##\s/.test(line)) heading = line.replace(/^##\s+/, '').trim();
  }
  return steps.length > 0 ? { heading, steps } : undefined;
}
