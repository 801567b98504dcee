import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { jsonResponse } from '../lib/json-response';
import { siteNameIndex } from '../lib/search/names-build';

/**
 * The parts of the name index (src/lib/search/names.ts) fetched only when a
 * query needs them: search-names-readings.json for sounds (needsReadings),
 * search-names-traditional.json for a query that may hold a traditional
 * character (needsTraditional).
 */
export const getStaticPaths = (() => [{ params: { part: 'readings' } }, { params: { part: 'traditional' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { readings, traditional } = siteNameIndex(await loadHandbook());
  return jsonResponse(params.part === 'readings' ? readings : traditional);
};
