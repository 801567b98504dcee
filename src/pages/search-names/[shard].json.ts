import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../lib/handbook';
import { siteNameIndex } from '../../lib/search/names-build';
import { jsonResponse } from '../../lib/json-response';

/** One shard of the name index's cases (shardNameIndex in src/lib/search/names.ts). */
export const getStaticPaths = (async () => {
  const { shards } = siteNameIndex(await loadHandbook());
  return shards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.shard);
