import { defineMiddleware } from 'astro:middleware';
import { pageIndexer } from './indexer-channel';

/**
 * Hands every prerendered page to the search indexer as soon as it is
 * rendered (src/build/search-index.ts), so Pagefind indexes on another core
 * while Astro renders the next pages. The page itself goes out unchanged.
 */
// The site's path prefix without its final slash: Pagefind's URLs start below it.
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = pageIndexer();
  if (!indexer || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  // Waiting here when the indexer falls behind keeps queued pages out of memory.
  await indexer.add(context.url.pathname.slice(base.length), html);
  return new Response(html, response);
});
