import { loadHandbook } from '../../lib/handbook';
import { CASE_INDEX_PART_SIZE, compactCaseIndex, finderCase } from '../../lib/case-finder';
import { pageCount, pageItems } from '../../lib/pagination';
import { jsonResponse } from '../../lib/json-response';

/**
 * Every case, compact, for the case finder's filtering in the browser
 * (src/client/case-finder.ts), in parts of CASE_INDEX_PART_SIZE cases:
 * /cases/index-1.json, /cases/index-2.json… fetched side by side.
 */
export async function getStaticPaths() {
  const { byKind } = await loadHandbook();
  return Array.from({ length: pageCount(byKind.cases.length, CASE_INDEX_PART_SIZE) }, (_, i) => ({ params: { part: String(i + 1) } }));
}

export async function GET({ params }: { params: { part: string } }) {
  const { byKind } = await loadHandbook();
  const cases = pageItems(byKind.cases, Number(params.part), CASE_INDEX_PART_SIZE);
  return jsonResponse(compactCaseIndex(cases.map(finderCase)));
}
