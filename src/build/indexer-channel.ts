/**
 * How the search-index middleware hands rendered pages to the indexer that
 * the search-index integration runs. The middleware is bundled into Astro's
 * prerender code while the integration is loaded with the config, so they
 * share no module instance; they meet on a global registered for the build
 * only. In `astro dev` nothing is registered and the middleware does nothing.
 */
export interface PageIndexer {
  /** Called as a page starts rendering: its place in the index. */
  take(): number;
  /**
   * The rendered page for `ticket`: its URL below the site's base (e.g.
   * `/cases/x/`) and HTML, or undefined when it is not a page to index.
   * Resolves when the indexer is ready for more.
   */
  arrive(ticket: number, page: { url: string; html: string } | undefined): Promise<void>;
}

const CHANNEL = Symbol.for('handbook.pageIndexer');
type WithChannel = typeof globalThis & { [CHANNEL]?: PageIndexer };

export const pageIndexer = (): PageIndexer | undefined => (globalThis as WithChannel)[CHANNEL];

export function setPageIndexer(indexer: PageIndexer | undefined): void {
  (globalThis as WithChannel)[CHANNEL] = indexer;
}
