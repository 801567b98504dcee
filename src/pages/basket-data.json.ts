import type { APIRoute } from 'astro';
import { loadHandbook, PAGE_SIZE } from '../lib/handbook';
import { KIND_NAMES } from '../core/kinds';
import { buildBasketData } from '../lib/basket/data';
import { citationUrl } from '../lib/citations';
import { jsonResponse } from '../lib/json-response';

/** What the outline page shows for each entry; fetched only there, so entry pages stay light. */
export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  const data = buildBasketData(
    KIND_NAMES.flatMap((kind) => handbook.byKind[kind]),
    (key) => handbook.graph.citations.get(key) ?? [],
    // The citation-line title, as entry pages show it.
    (sourceId) => (handbook.get('sources', sourceId)?.data as { shortTitle?: string } | undefined)?.shortTitle ?? sourceId,
    (c) => citationUrl(handbook.graph, c, PAGE_SIZE),
  );
  return jsonResponse(data);
};
