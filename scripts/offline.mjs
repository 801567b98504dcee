// The post-build step: gives the build an id, lists the offline package and
// writes the service worker (sw.js).
//
// Every built file is read and hashed once (its MD5 is its revision in the
// package); pages are kept in memory, stamped with the id, and hashed again
// as they are written. Files are handled many at a time: one at a time
// the step mostly waited for the disk. esbuild (already installed with Astro)
// bundles the worker with the shell's list written in. Nothing here keeps a
// list of files by hand.
//
// The build id is a hash of every file's content, with each page's build
// <meta> reset to its placeholder first: the same site gives the same id, so
// rebuilding without changes never asks readers to update.
import './ts-imports.mjs';
import { build as bundle } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

// After ts-imports.mjs has taught Node the src/ imports without an extension.
const { BUILD_META_NAME, BUILD_PLACEHOLDER, eachInTurn, fileUrl, isShellFile, isUnusedFile, packageFile, totalSize, withEntryTag } = await import('../src/lib/offline/package.ts');

const site = process.argv[2] ?? process.env.HANDBOOK_OUT_DIR ?? 'dist';
const BUILD_META = new RegExp(`<meta name="${BUILD_META_NAME}" content="[^"]*">`);
const buildMeta = (value) => `<meta name="${BUILD_META_NAME}" content="${value}">`;
// Files read or written at once.
const LANES = 32;
const md5 = (bytes) => createHash('md5').update(bytes).digest('hex');
const isPage = (path) => path.endsWith('.html');

// Outputs of an earlier run over the same folder are not part of the site.
for (const name of await readdir(site)) {
  if (name === 'sw.js' || /^offline-package-.+\.json$/.test(name)) await rm(join(site, name));
}

/** Every file of the package, by its path below the site (with `/`), in path order. */
async function packagePaths() {
  const all = await readdir(site, { recursive: true, withFileTypes: true });
  return all
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !isUnusedFile(path))
    .sort();
}

/**
 * Each file's size and MD5; a page's with its build <meta> reset to the
 * placeholder (a page stamped by an earlier run over the same folder hashes
 * as a fresh one: the id depends on content only). Pages are kept, so they
 * are stamped without being read again.
 */
async function hashFiles(paths) {
  const files = new Map();
  const pages = new Map();
  await eachInTurn(
    paths,
    async (path) => {
      const bytes = await readFile(join(site, path));
      if (!isPage(path)) return void files.set(path, { revision: md5(bytes), size: bytes.length });
      const page = bytes.toString('utf8').replace(BUILD_META, buildMeta(BUILD_PLACEHOLDER));
      const content = Buffer.from(page);
      files.set(path, { revision: md5(content), size: content.length });
      pages.set(path, page);
    },
    LANES,
  );
  return { files, pages };
}

/** Writes `build` into every page's build <meta>; returns each page's new MD5 and size. */
async function stampPages(pages, build) {
  const stamped = new Map();
  await eachInTurn(
    [...pages],
    async ([path, page]) => {
      const bytes = Buffer.from(page.replace(BUILD_META, buildMeta(build)));
      await writeFile(join(site, path), bytes);
      stamped.set(path, { revision: md5(bytes), size: bytes.length });
    },
    LANES,
  );
  return stamped;
}

const paths = await packagePaths();
const { files: unstamped, pages } = await hashFiles(paths);
const hash = createHash('sha256');
for (const path of paths) hash.update(`${withEntryTag(fileUrl(path), BUILD_PLACEHOLDER)}\0${unstamped.get(path).revision}\n`);
const build = hash.digest('hex').slice(0, 12);
const stamped = await stampPages(pages, build);
const entries = paths.map((path) => ({ url: withEntryTag(fileUrl(path), build), ...(stamped.get(path) ?? unstamped.get(path)) }));
await writeFile(join(site, packageFile(build)), JSON.stringify({ build, entries }));

// The worker, with the build id and the shell's list written in.
const shell = entries.filter((entry) => isShellFile(entry.url));
await bundle({
  entryPoints: ['src/client/offline-worker.ts'],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  define: { __BUILD_ID__: JSON.stringify(build), 'self.__SW_MANIFEST': JSON.stringify(shell.map(({ url, revision }) => ({ url, revision }))) },
  outfile: join(site, 'sw.js'),
  logLevel: 'warning',
});
const mb = (bytes) => (bytes / 1e6).toFixed(2);
console.log(`offline: build ${build}; shell ${shell.length} files, ${mb(totalSize(shell))} MB; package ${entries.length} files, ${mb(totalSize(entries))} MB`);
