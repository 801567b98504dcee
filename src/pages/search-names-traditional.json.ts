import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { siteNameIndex } from '../lib/search/names-build';

/** The traditional forms of the name index (src/lib/search/names.ts), fetched only by a query that may hold one (needsTraditional). */
export const GET: APIRoute = async () => {
  const { traditional } = siteNameIndex(await loadHandbook());
  return new Response(JSON.stringify(traditional), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
