import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { siteNameIndex } from '../lib/search/names-build';
import { jsonResponse } from '../lib/json-response';

/** The forgiving name index of the search page (src/lib/search/names.ts), without the cases: those are in search-names/<n>.json. */
export const GET: APIRoute = async () => {
  const { core } = siteNameIndex(await loadHandbook());
  return jsonResponse(core);
};
