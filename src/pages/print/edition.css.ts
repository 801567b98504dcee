import { printEditionCss } from '../../lib/print';

/** The printed edition's page rules, built from the parts so the running heads follow the kinds table. */
export function GET() {
  return new Response(printEditionCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
