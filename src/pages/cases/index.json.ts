import { loadHandbook } from '../../lib/handbook';
import { compactCaseIndex, finderCase } from '../../lib/case-finder';

/** Every case, compact, for the case finder's filtering in the browser (src/client/case-finder.ts). */
export async function GET() {
  const { byKind } = await loadHandbook();
  return new Response(JSON.stringify(compactCaseIndex(byKind.cases.map(finderCase))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
