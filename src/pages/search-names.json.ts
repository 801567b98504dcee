import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { KIND_NAMES } from '../core/kinds';
import { buildNameIndex } from '../lib/search/names-build';

/** The forgiving name index of the search page (src/lib/search/names.ts). */
export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  const entries = KIND_NAMES.flatMap((kind) => handbook.byKind[kind]);
  const text = entries.map((e) => `${JSON.stringify(e.data)}${e.body ?? ''}`).join('');
  const index = buildNameIndex(entries, (key) => handbook.graph.nodes.get(key), text);
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
