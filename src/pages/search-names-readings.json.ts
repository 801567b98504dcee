import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { siteNameIndex } from '../lib/search/names-build';

/** The readings of the name index (src/lib/search/names.ts), fetched only by a query that needs sounds (needsReadings). */
export const GET: APIRoute = async () => {
  const { readings } = siteNameIndex(await loadHandbook());
  return new Response(JSON.stringify(readings), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
