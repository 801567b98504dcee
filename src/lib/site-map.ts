import { KIND_NAMES, entryUrl, kindUrl, routeUrl, type Kind } from '../core/kinds';
import { AUDIENCE_IDS, REGION_IDS } from '../schemas/enums';
import { PRINT_ORDER } from './print';

/**
 * Every page a reader can land on, for sitemap.xml: the fixed routes, each
 * collection and entry, the audience kits and the printed edition. The site
 * test holds it to the pages the build wrote, so a new route cannot be missed.
 * `listingPages` are the later pages of long listings (src/lib/listings.ts).
 */
export function sitePages(byKind: Record<Kind, readonly { id: string }[]>, listingPages: readonly string[] = []): string[] {
  return [
    routeUrl(),
    ...['search/', 'outline/', 'quiz/', 'audiences/', 'updates/', 'offline/'].map((path) => routeUrl(path)),
    ...AUDIENCE_IDS.map((id) => routeUrl(`audiences/${id}/`)),
    ...KIND_NAMES.flatMap((kind) => [kindUrl(kind), ...byKind[kind].map((e) => entryUrl(kind, e.id))]),
    routeUrl('print/'),
    ...PRINT_ORDER.map((kind) => routeUrl(`print/${kind}/`)),
    ...REGION_IDS.map((id) => routeUrl(`print/regions/${id}/`)),
    ...listingPages,
  ];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** sitemap.xml needs absolute addresses: without the deployed site it lists none and says why. */
export function sitemapXml(paths: readonly string[], site: URL | undefined): string {
  const body = site
    ? paths.map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`).join('\n')
    : '  <!-- 构建时未设置 HANDBOOK_SITE（网站的完整地址），站点地图需要完整地址，因此为空。 -->';
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function robotsTxt(site: URL | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(site ? ['', `Sitemap: ${new URL(routeUrl('sitemap.xml'), site).href}`] : []), ''].join('\n');
}
