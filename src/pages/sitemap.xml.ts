import type { APIContext } from 'astro';
import { loadHandbook, PAGE_SIZE } from '../lib/handbook';
import { laterListingPages } from '../lib/listings';
import { sitePages, sitemapXml } from '../lib/site-map';

export async function GET({ site }: APIContext) {
  const handbook = await loadHandbook();
  return new Response(sitemapXml(sitePages(handbook.byKind, laterListingPages(handbook, PAGE_SIZE)), site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
