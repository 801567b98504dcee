import type { APIContext } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { atomFeed, feedItems } from '../lib/feed';
import { routeUrl } from '../core/kinds';

/** Atom feed of cases and models, newest first (src/lib/feed.ts says how models are dated). */
export async function GET({ site }: APIContext) {
  const xml = atomFeed(feedItems(await loadHandbook()), {
    title: '群众教育实践活动工作手册',
    site,
    feedPath: routeUrl('feed.xml'),
    homePath: routeUrl(),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
