/**
 * How the search-index middleware hands rendered pages to the indexer that
 * the search-index integration runs. The middleware is bundled into Astro's
 * prerender code while the integration is loaded with the config, so they
 * share no module instance; they meet on a global registered for the build
 * only. In `astro dev` nothing is registered and the middleware does nothing.
 */
export interface PageIndexer {
  /** A rendered HTML page at `url` (below the site's base, e.g. `/cases/x/`). */
  add(url: string, html: string): Promise<void>;
}

const CHANNEL = Symbol.for('handbook.pageIndexer');
type WithChannel = typeof globalThis & { [CHANNEL]?: PageIndexer };

export const pageIndexer = (): PageIndexer | undefined => (globalThis as WithChannel)[CHANNEL];

export function setPageIndexer(indexer: PageIndexer | undefined): void {
  (globalThis as WithChannel)[CHANNEL] = indexer;
}
