// The post-Pagefind build step: gives the build an id, lists the offline
// package and writes the service worker (sw.js).
//
// @serwist/build lists the files (glob, content hash and size of each) and
// injects the shell's list into the worker; esbuild (already installed with
// Astro) bundles the worker. Nothing here keeps a list of files by hand.
//
// The build id is a hash of every file's content, with each page's build
// <meta> reset to its placeholder first: the same site gives the same id, so
// rebuilding without changes never asks readers to update.
import { getManifest, injectManifest } from '@serwist/build';
import { build as bundle } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BUILD_META_NAME,
  BUILD_PLACEHOLDER,
  UNUSED_FILES,
  fileUrl,
  isShellFile,
  packageFile,
  totalSize,
  withEntryTag,
} from '../src/lib/offline/package.ts';
import { htmlFiles } from './lib/html-files.mjs';

const site = process.argv[2] ?? process.env.HANDBOOK_OUT_DIR ?? 'dist';
const BUILD_META = new RegExp(`<meta name="${BUILD_META_NAME}" content="[^"]*">`);
const buildMeta = (value) => `<meta name="${BUILD_META_NAME}" content="${value}">`;

async function stampPages(value) {
  for await (const file of htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    const stamped = html.replace(BUILD_META, buildMeta(value));
    if (stamped !== html) await writeFile(file, stamped);
  }
}

// Outputs of an earlier run over the same folder are not part of the site.
for (const name of await readdir(site)) {
  if (name === 'sw.js' || /^offline-package-.+\.json$/.test(name)) await rm(join(site, name));
}

// @serwist/build drops each file's size from the list it returns; the
// transform sees them, so they are kept here for the package list.
const sizes = new Map();
const listing = (build, keep = () => true) => ({
  globDirectory: site,
  globPatterns: ['**/*'],
  // _headers is read by the host, never by a page.
  globIgnores: [...UNUSED_FILES, '_headers'],
  maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
  manifestTransforms: [
    (files) => {
      const manifest = files.map((file) => ({ ...file, url: withEntryTag(fileUrl(file.url), build) })).filter((entry) => keep(entry.url));
      for (const entry of manifest) sizes.set(entry.url, entry.size);
      return { manifest };
    },
  ],
});

await stampPages(BUILD_PLACEHOLDER);
const unstamped = await getManifest(listing(BUILD_PLACEHOLDER));
const hash = createHash('sha256');
for (const entry of unstamped.manifestEntries) hash.update(`${entry.url}\0${entry.revision ?? ''}\n`);
const build = hash.digest('hex').slice(0, 12);
await stampPages(build);

const { manifestEntries, warnings } = await getManifest(listing(build));
if (warnings.length) throw new Error(`offline package: ${warnings.join('; ')}`);
const entries = manifestEntries.map(({ url, revision }) => ({ url, revision: revision ?? null, size: sizes.get(url) }));
await writeFile(join(site, packageFile(build)), JSON.stringify({ build, entries }));

const work = await mkdtemp(join(tmpdir(), 'handbook-sw-'));
try {
  const swSrc = join(work, 'sw.js');
  await bundle({
    entryPoints: ['src/client/offline-worker.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    define: { __BUILD_ID__: JSON.stringify(build) },
    outfile: swSrc,
    logLevel: 'warning',
  });
  const shell = await injectManifest({ ...listing(build, isShellFile), swSrc, swDest: join(site, 'sw.js') });
  if (shell.warnings.length) throw new Error(`service worker: ${shell.warnings.join('; ')}`);
  const mb = (bytes) => (bytes / 1e6).toFixed(2);
  console.log(
    `offline: build ${build}; shell ${shell.count} files, ${mb(shell.size)} MB; package ${entries.length} files, ${mb(totalSize(entries))} MB`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
