import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { KIND_NAMES } from '../core/kinds';
import { previewsOf } from '../lib/previews';
import { jsonResponse } from '../lib/json-response';

/** Link-preview data for every entry, built once; fetched by src/client/preview.ts on first use. */
export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  return jsonResponse(previewsOf(KIND_NAMES.flatMap((kind) => handbook.byKind[kind])));
};
