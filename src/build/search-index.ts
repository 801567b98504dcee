import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { indexerInput } from '../lib/search/segment';
import { slimFragment, type PagefindFragment } from '../lib/search/fragments';
import { decodeCbor, encodeCbor, isNumberedFile, numberedFiles } from '../lib/search/meta';
import { BROWSE_ORDER_FILE } from '../lib/search/browse';
import { eachInTurn } from '../lib/offline/package';
import { setPageIndexer } from './indexer-channel';
import { InTicketOrder } from './in-ticket-order';

// Inline metadata values that are searched as text (see SearchIndexData.astro).
const SEGMENTED_META = ['aliases', 'summary'];
// Pages handed to Pagefind and not yet indexed: past this the renderer waits,
// so a slow indexer cannot pile pages up in memory.
const IN_FLIGHT = 64;
// Index files rewritten or written at once.
const LANES = 16;
// Fragments and metadata are gzip of Pagefind's signature and JSON or CBOR.
const SIGNATURE = 'pagefind_dcd';
const FRAGMENT = /^fragment\/(.+)\.pf_fragment$/;
const META = /^pagefind\.[^/]+\.pf_meta$/;

// Files are a few KB: zlib's synchronous calls beat handing each one to the
// thread pool and back (the rewrite at 2,000 cases: 0.95 s, not 1.64).
/** What follows the signature in a file Pagefind wrote (gzip of its signature and data). */
function unsigned(path: string, content: Uint8Array): Buffer {
  const data = gunzipSync(content);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`search index: ${path} does not start with ${SIGNATURE}: a Pagefind version with another file format?`);
  return data.subarray(SIGNATURE.length);
}

const signed = (data: string | Uint8Array) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(data)]), { level: 9 });

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
 *
 * When the pages are done it writes the index, with fragments and index
 * chunks named by their number (src/lib/search/meta.ts), the fragments
 * trimmed and Pagefind's script minified, and the browse order
 * (src/lib/search/browse.ts).
 */
export function searchIndex(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  let inOrder: InTicketOrder<{ url: string; content: string }> | undefined;
  let pages = 0;
  const pending = new Set<Promise<void>>();
  /** Page URL (as Pagefind records it) → its browse order (SearchIndexData.astro). */
  const browseOrder = new Map<string, string>();
  return {
    name: 'handbook-search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        // Index chunks of about 500 word positions instead of 20,000: a query
        // loads the chunk of each of its characters, so smaller chunks keep a
        // first query within the 150 KB budget (bench/RESULTS.md). Each chunk
        // adds a line to the metadata every search loads: at 5,000 cases the
        // largest first query took 149.3 KB at 750, 147.8 at 500 and 147.9 at
        // 300, where the metadata grows more than the chunks shrink. An environment
        // variable is Pagefind's only knob for this (1.6, marked unstable);
        // the pinned version makes it safe to rely on.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '500';
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
            const indexed = page?.html.includes(' data-pagefind-body') ? page : undefined;
            if (indexed) {
              const order = / data-browse-order="(\d+)"/.exec(indexed.html)?.[1];
              if (order === undefined) throw new Error(`search index: ${indexed.url} has no data-browse-order (SearchIndexData.astro)`);
              browseOrder.set(indexed.url, order);
            }
            queue.arrive(ticket, indexed && { url: indexed.url, content: indexerInput(indexed.html, SEGMENTED_META) });
            if (pending.size >= IN_FLIGHT) await Promise.race(pending);
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPageIndexer(undefined);
        if (!index || !inOrder) return;
        if (inOrder.outstanding > 0) throw new Error(`search index: ${inOrder.outstanding} rendered pages never reached the indexer`);
        await Promise.all(pending);
        const { files, errors } = await index.getFiles();
        if (errors.length) throw new Error(`Pagefind could not write its index: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        // Fragments and index chunks are named by their number, in the
        // metadata too (src/lib/search/meta.ts: a tenth of a first search's
        // bytes at 5,000 cases). The metadata keeps its name: the renaming
        // follows from its content, so the same name still means the same file.
        const metaFiles = files.filter(({ path }) => META.test(path));
        const metaFile = metaFiles[0];
        if (!metaFile || metaFiles.length > 1) throw new Error(`search index: expected one Pagefind metadata file, found ${metaFiles.length}`);
        const numbered = numberedFiles(decodeCbor(unsigned(metaFile.path, metaFile.content)));
        const ordered: [order: string, name: string][] = [];
        const folders = new Set(files.map(({ path }) => dirname(join(site, 'pagefind', numbered.renamed.get(path) ?? path))));
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
        // A fragment keeps only what is read (slimFragment: a quarter fewer
        // bytes). Pagefind's script ships without its names shortened:
        // minified, it is 2 KB (gzip) less for every first search.
        await eachInTurn(
          files,
          async ({ path, content }) => {
            let written: Uint8Array | string = content;
            const file = numbered.renamed.get(path) ?? path;
            if (isNumberedFile(path) && file === path) throw new Error(`search index: ${path} is not in Pagefind's metadata`);
            if (FRAGMENT.test(path)) {
              const fragment = JSON.parse(unsigned(path, content).toString('utf8')) as PagefindFragment;
              const order = browseOrder.get(fragment.url);
              if (order === undefined) throw new Error(`search index: no browse order for ${fragment.url}`);
              ordered.push([order, FRAGMENT.exec(file)![1]!]);
              written = signed(JSON.stringify(slimFragment(fragment)));
            } else if (path === metaFile.path) {
              written = signed(encodeCbor(numbered.meta));
            } else if (path === 'pagefind.js') {
              written = (await transform(Buffer.from(content).toString('utf8'), { minify: true, format: 'esm' })).code;
            }
            await writeFile(join(site, 'pagefind', file), written);
          },
          LANES,
        );
        ordered.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        await writeFile(join(site, BROWSE_ORDER_FILE), JSON.stringify(ordered.map(([, id]) => id)));
        logger.info(`indexed ${pages} pages for search`);
        await pagefind.close();
      },
    },
  };
}
