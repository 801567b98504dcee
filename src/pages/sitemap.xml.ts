import type { APIContext } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { sitePages, sitemapXml } from '../lib/site-map';

export async function GET({ site }: APIContext) {
  const { byKind } = await loadHandbook();
  return new Response(sitemapXml(sitePages(byKind), site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
