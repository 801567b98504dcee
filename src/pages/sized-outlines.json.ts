import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { AUDIENCE_IDS } from '../schemas/enums';
import { sizedOutlineKey, sizedOutlines, type SizedOutline } from '../lib/basket/sizing';
import { jsonResponse } from '../lib/json-response';

/** Every audience × statement × length, fetched by the outline page only when a sizing link opens it. */
export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  const outlines: Record<string, SizedOutline> = {};
  for (const audience of AUDIENCE_IDS) {
    for (const statement of handbook.byKind.statements) {
      for (const [minutes, outline] of Object.entries(sizedOutlines(handbook, audience, statement.key))) outlines[sizedOutlineKey(audience, statement.id, Number(minutes))] = outline;
    }
  }
  return jsonResponse(outlines);
};
