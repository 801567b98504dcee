// Indexes the built site with Pagefind's Node API.
//
// Chinese is cut into single characters before Pagefind sees it, the same way
// the search page cuts queries (src/lib/search/segment.ts explains why: the
// indexer's and the browser's dictionaries disagree, Pagefind issue #1237).
// Only the copy handed to the indexer is changed; the built pages stay as they
// are. Pagefind's own segmenter then finds nothing left to cut.
//
// Then it goes over the fragments Pagefind wrote (a page's words, fetched for
// each result shown), keeping only what is read (slimFragment in
// src/lib/search/fragments.ts: a quarter fewer bytes), and writes the order in which
// the search page lists entries when a reader browses by filters alone
// (src/lib/search/browse.ts says why this is not a Pagefind sort). Pagefind's
// script ships without its names shortened; esbuild (a dependency) minifies
// it, 2 KB (gzip) less for every first search.
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { indexerInput } from '../src/lib/search/segment.ts';
import { slimFragment } from '../src/lib/search/fragments.ts';
import { BROWSE_ORDER_FILE } from '../src/lib/search/browse.ts';
import { htmlFiles } from './lib/html-files.mjs';

const site = process.argv[2] ?? process.env.HANDBOOK_OUT_DIR ?? 'dist';
// Inline metadata values that are searched as text (see SearchIndexData.astro).
const SEGMENTED_META = ['aliases', 'summary'];

// Index chunks of about 1,500 word positions instead of 20,000: a query loads
// the chunk of each of its characters, so smaller chunks keep a first query
// within the 150 KB budget (bench/RESULTS.md). An environment variable is
// Pagefind's only knob for this (1.6, marked unstable); the pinned version
// makes it safe to rely on.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1500';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

// Pages in flight at once: this process reads and cuts the next pages while
// Pagefind's indexes the earlier ones (a fixed batch left one side idle).
const IN_FLIGHT = 64;
let pages = 0;
/** Page URL (as Pagefind writes it) → its browse order, from SearchIndexData.astro. */
const browseOrder = new Map();
const pending = new Set();
const check = (added) => {
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
};
for (const file of htmlFiles(site)) {
  const html = await readFile(file, 'utf8');
  const sourcePath = relative(site, file);
  const order = html.match(/ data-browse-order="(\d+)"/)?.[1];
  if (order) browseOrder.set(`/${sourcePath.split(sep).join('/')}`.replace(/index\.html$/, ''), order);
  const content = indexerInput(html, SEGMENTED_META);
  const added = index.addHTMLFile({ sourcePath, content }).then(check);
  pending.add(added);
  void added.finally(() => pending.delete(added)).catch(() => undefined);
  pages++;
  if (pending.size >= IN_FLIGHT) await Promise.race(pending);
}
await Promise.all(pending);

const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);

// A fragment is gzip of Pagefind's signature and JSON; its name is the page's id.
const SIGNATURE = 'pagefind_dcd';
const fragments = join(site, 'pagefind', 'fragment');
const ordered = [];
for (const name of await readdir(fragments)) {
  const file = join(fragments, name);
  const text = gunzipSync(await readFile(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`pagefind: ${name} does not start with ${SIGNATURE}: a Pagefind version with another fragment format?`);
  const fragment = JSON.parse(text.slice(SIGNATURE.length));
  // The name stays: Pagefind's metadata lists it, and the same page gives the same fragment every build.
  await writeFile(file, gzipSync(SIGNATURE + JSON.stringify(slimFragment(fragment)), { level: 9 }));
  const { url } = fragment;
  const order = browseOrder.get(url);
  if (order === undefined) throw new Error(`pagefind: ${url} has no data-browse-order (SearchIndexData.astro)`);
  ordered.push([order, name.replace(/\.pf_fragment$/, '')]);
}
ordered.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
await writeFile(join(site, BROWSE_ORDER_FILE), JSON.stringify(ordered.map(([, id]) => id)));
const script = join(site, 'pagefind', 'pagefind.js');
await writeFile(script, (await transform(await readFile(script, 'utf8'), { minify: true, format: 'esm' })).code);
console.log(`pagefind: indexed ${pages} pages into ${site}/pagefind`);
await pagefind.close();
