import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { siteNameIndex } from '../lib/search/names-build';

/** The forgiving name index of the search page (src/lib/search/names.ts), without the cases: those are in search-names/<n>.json. */
export const GET: APIRoute = async () => {
  const { core } = siteNameIndex(await loadHandbook());
  return new Response(JSON.stringify(core), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
