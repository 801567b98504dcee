// The post-Pagefind build step: gives the build an id, lists the offline
// package and writes the service worker (sw.js).
//
// @serwist/build lists the files (glob, content hash and size of each);
// esbuild (already installed with Astro) bundles the worker with the shell's
// list written in. Nothing here keeps a list of files by hand. Every file is
// hashed once: only the pages change when the id is stamped in, and their new
// hashes are taken while they are written.
//
// The build id is a hash of every file's content, with each page's build
// <meta> reset to its placeholder first: the same site gives the same id, so
// rebuilding without changes never asks readers to update.
import { getManifest } from '@serwist/build';
import { build as bundle } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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

/** Writes `value` into every page's build <meta>; returns each changed page's new hash and size, by path. */
async function stampPages(value) {
  const changed = new Map();
  for await (const file of htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    const stamped = html.replace(BUILD_META, buildMeta(value));
    if (stamped === html) continue;
    const bytes = Buffer.from(stamped);
    await writeFile(file, bytes);
    // The revision @serwist/build gives a file: the MD5 of its content.
    changed.set(relative(site, file).split(sep).join('/'), { hash: createHash('md5').update(bytes).digest('hex'), size: bytes.length });
  }
  return changed;
}

// Outputs of an earlier run over the same folder are not part of the site.
for (const name of await readdir(site)) {
  if (name === 'sw.js' || /^offline-package-.+\.json$/.test(name)) await rm(join(site, name));
}

/** Every file of the site (path, content hash, size), as @serwist/build lists them; its transform hook still sees the sizes. */
async function listFiles() {
  let files = [];
  const { warnings } = await getManifest({
    globDirectory: site,
    globPatterns: ['**/*'],
    // _headers is read by the host, never by a page.
    globIgnores: [...UNUSED_FILES, '_headers'],
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    manifestTransforms: [
      (all) => {
        files = all.map(({ url, revision, size }) => ({ path: url, revision: revision ?? null, size }));
        return { manifest: all };
      },
    ],
  });
  if (warnings.length) throw new Error(`offline package: ${warnings.join('; ')}`);
  return files;
}

// A page stamped by an earlier run over the same folder is reset first: the id depends on content only.
await stampPages(BUILD_PLACEHOLDER);
const unstamped = await listFiles();
const hash = createHash('sha256');
for (const file of unstamped) hash.update(`${withEntryTag(fileUrl(file.path), BUILD_PLACEHOLDER)}\0${file.revision ?? ''}\n`);
const build = hash.digest('hex').slice(0, 12);
const stamped = await stampPages(build);
const entries = unstamped.map(({ path, revision, size }) => {
  const page = stamped.get(path);
  return { url: withEntryTag(fileUrl(path), build), revision: page ? page.hash : revision, size: page ? page.size : size };
});
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
