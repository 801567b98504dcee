import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { indexerInput } from '../lib/search/segment';
import { setPageIndexer } from './indexer-channel';
import { InTicketOrder } from './in-ticket-order';

// Inline metadata values that are searched as text (see SearchIndexData.astro).
const SEGMENTED_META = ['aliases', 'summary'];
// Pages handed to Pagefind and not yet indexed: past this the renderer waits,
// so a slow indexer cannot pile pages up in memory.
const IN_FLIGHT = 64;

/**
 * Builds the Pagefind index during `astro build`, page by page as Astro
 * renders them (search-index-middleware.ts hands them over), into
 * `<outDir>/pagefind`. Pagefind's indexer is a separate process, so it works
 * on the second core while pages render, instead of reading every page back
 * from disk after the build.
 *
 * Chinese is cut into single characters before Pagefind sees it, the same way
 * the search page cuts queries (src/lib/search/segment.ts explains why: the
 * indexer's and the browser's dictionaries disagree, Pagefind issue #1237).
 * Only the copy handed to the indexer is changed. Pagefind's own segmenter
 * then finds nothing left to cut. Pages without a `data-pagefind-body` mark
 * are not sent: once a site marks bodies, Pagefind skips the pages without one.
 */
export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  let inOrder: InTicketOrder<{ url: string; content: string }> | undefined;
  let pages = 0;
  const pending = new Set<Promise<void>>();
  return {
    name: 'handbook-search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        // Index chunks of about 1,500 word positions instead of 20,000: a query
        // loads the chunk of each of its characters, so smaller chunks keep a
        // first query within the 150 KB budget (bench/RESULTS.md). An
        // environment variable is Pagefind's only knob for this (1.6, marked
        // unstable); the pinned version makes it safe to rely on.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1500';
        const created = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        const started = created.index;
        index = started;
        // Pages go to Pagefind in the order they started rendering: it numbers
        // them as they come, and the same site must give the same index.
        const queue = (inOrder = new InTicketOrder(({ url, content }) => {
          const added = started.addHTMLFile({ url, content }).then((result) => {
            if (result.errors.length) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`);
          });
          pending.add(added);
          void added.finally(() => pending.delete(added)).catch(() => undefined);
          pages++;
        }));
        setPageIndexer({
          take: () => queue.take(),
          async arrive(ticket, page) {
            queue.arrive(ticket, page?.html.includes(' data-pagefind-body') ? { url: page.url, content: indexerInput(page.html, SEGMENTED_META) } : undefined);
            if (pending.size >= IN_FLIGHT) await Promise.race(pending);
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPageIndexer(undefined);
        if (!index || !inOrder) return;
        if (inOrder.outstanding > 0) throw new Error(`search index: ${inOrder.outstanding} rendered pages never reached the indexer`);
        await Promise.all(pending);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${pages} pages for search`);
        await pagefind.close();
      },
    },
  };
}
