import { defineMiddleware } from 'astro:middleware';
import { pageIndexer } from './indexer-channel';

// The site's path prefix without its final slash: Pagefind's URLs start below it.
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * Hands every prerendered page to the search indexer as soon as it is
 * rendered (src/build/search-index.ts), so Pagefind indexes on another core
 * while Astro renders the next pages. The page itself goes out unchanged.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const indexer = context.isPrerendered ? pageIndexer() : undefined;
  if (!indexer) return next();
  const ticket = indexer.take();
  const response = await next().catch((error: unknown) => {
    void indexer.arrive(ticket, undefined);
    throw error;
  });
  if (!response.headers.get('content-type')?.startsWith('text/html')) {
    await indexer.arrive(ticket, undefined);
    return response;
  }
  const html = await response.text();
  // Waiting here when the indexer falls behind keeps queued pages out of memory.
  await indexer.arrive(ticket, { url: context.url.pathname.slice(base.length), html });
  return new Response(html, response);
});
